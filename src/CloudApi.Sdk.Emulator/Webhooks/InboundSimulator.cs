using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.State;

namespace CloudApi.Sdk.Emulator.Webhooks;

/// <summary>A user writing to the business: opens the customer-service window and queues a messages webhook.</summary>
internal static class InboundSimulator
{
    /// <param name="state">The emulator.</param>
    /// <param name="from">The user's number (any format; digits are kept).</param>
    /// <param name="message">The inbound message object without from/id/timestamp (for example <c>{"type":"text","text":{"body":"hi"}}</c>).</param>
    /// <param name="phoneNumberId">The business number written to; null for the first configured one.</param>
    /// <param name="profileName">The user's profile name.</param>
    /// <param name="cancellationToken">Cancels waiting for room in the webhook queue.</param>
    public static async Task<string> ReceiveAsync(
        EmulatorState state,
        string from,
        JsonObject message,
        string? phoneNumberId,
        string? profileName,
        CancellationToken cancellationToken)
    {
        var number = phoneNumberId is null
            ? state.PhoneNumbers[state.Options.PhoneNumbers[0].Id]
            : state.PhoneNumbers.GetValueOrDefault(phoneNumberId) ?? throw GraphError.UnknownObject(phoneNumberId);
        var user = Ids.Digits(from);
        if (user.Length == 0)
        {
            throw GraphError.InvalidParameter("Param from must be a phone number.");
        }

        var now = state.Now;
        var id = state.Ids.NextMessageId();
        message["from"] = user;
        message["id"] = id;
        message["timestamp"] = WebhookPayloads.Unix(now);
        message["type"] ??= "text";
        state.Window.Open(number.Id, user, now);
        state.Conversations.UserSent(number.Id, user, profileName, (JsonObject)message.DeepClone());
        Hosting.EmulatorLog.InboundReceived(state.Logger, id, message["type"]!.GetValue<string>(), user, number.Id);
        await state.Webhooks.EnqueueAsync(WebhookPayloads.Inbound(number, user, profileName, message), cancellationToken).ConfigureAwait(false);
        return id;
    }
}
