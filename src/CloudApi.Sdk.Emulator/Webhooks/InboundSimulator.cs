using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.State;

namespace CloudApi.Sdk.Emulator.Webhooks;

/// <summary>
/// What the outside world sends the business: a user writing (opens the customer-service window and queues a
/// <c>messages</c> webhook), or any other subscribed field's change (calls, groups, history, echoes, account events, ...).
/// </summary>
internal static class InboundSimulator
{
    /// <param name="state">The emulator.</param>
    /// <param name="from">The user's number (any format; digits are kept) or business-scoped user id.</param>
    /// <param name="message">The inbound message object without from/id/timestamp (for example <c>{"type":"text","text":{"body":"hi"}}</c>).</param>
    /// <param name="phoneNumberId">The business number written to; null for the first configured one.</param>
    /// <param name="profileName">The user's profile name.</param>
    /// <param name="cancellationToken">Cancels waiting for room in the webhook queue.</param>
    public static Task<string> ReceiveAsync(
        EmulatorState state,
        string from,
        JsonObject message,
        string? phoneNumberId,
        string? profileName,
        CancellationToken cancellationToken) =>
        ReceiveAsync(state, new InboundSender(from, profileName), message, phoneNumberId, cancellationToken);

    /// <param name="state">The emulator.</param>
    /// <param name="sender">The user: number, profile, business-scoped ids, the group written in.</param>
    /// <param name="message">The inbound message object without from/id/timestamp (for example <c>{"type":"text","text":{"body":"hi"}}</c>).</param>
    /// <param name="phoneNumberId">The business number written to; null for the first configured one.</param>
    /// <param name="cancellationToken">Cancels waiting for room in the webhook queue.</param>
    public static async Task<string> ReceiveAsync(
        EmulatorState state,
        InboundSender sender,
        JsonObject message,
        string? phoneNumberId,
        CancellationToken cancellationToken)
    {
        var number = Number(state, phoneNumberId);
        var (phone, known) = Identify(state, sender.From);
        sender = sender with
        {
            UserId = sender.UserId ?? known?.UserId ?? (phone is null ? sender.From : null),
            ParentUserId = sender.ParentUserId ?? known?.ParentUserId,
            Username = sender.Username ?? known?.Username,
            ProfileName = sender.ProfileName ?? known?.ProfileName,
        };
        var user = phone ?? sender.UserId!;

        var now = state.Now;
        var id = state.Ids.NextMessageId();
        if (phone is not null)
        {
            message["from"] = phone;
        }

        message["id"] = id;
        message["timestamp"] = WebhookPayloads.Unix(now);
        message["type"] ??= "text";
        if (sender.UserId is not null)
        {
            message["from_user_id"] = sender.UserId;
        }

        if (sender.ParentUserId is not null)
        {
            message["from_parent_user_id"] = sender.ParentUserId;
        }

        if (sender.GroupId is not null)
        {
            message["group_id"] = sender.GroupId;
        }

        state.Window.Open(number.Id, user, now);
        Calling.CallControlEndpoints.ApplyReply(state, number.Id, user, message);
        state.Conversations.UserSent(number.Id, user, sender.ProfileName, (JsonObject)message.DeepClone());
        Hosting.EmulatorLog.InboundReceived(state.Logger, id, message["type"]!.GetValue<string>(), user, number.Id);
        await state.Webhooks.EnqueueAsync(WebhookPayloads.Inbound(number, phone, sender, message), cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>
    /// The sender's number digits (null for a user known only by a business-scoped user id) and the known user, if any:
    /// <paramref name="from"/> is a phone number or a BSUID.
    /// </summary>
    private static (string? Phone, EmulatedUser? Known) Identify(EmulatorState state, string from)
    {
        if (UserDirectory.IsUserId(from))
        {
            var byUserId = state.Users.ByUserId(from);
            return (byUserId?.PhoneNumber, byUserId);
        }

        var digits = Ids.Digits(from);
        if (digits.Length == 0)
        {
            throw GraphError.InvalidParameter("Param from must be a phone number or a business-scoped user id.");
        }

        return (digits, state.Users.ByPhone(digits));
    }

    /// <summary>
    /// Queues a change of any field exactly as given (<c>changes[].value</c>): for the fields whose value carries
    /// <c>messaging_product</c> and <c>metadata</c>, the emulator adds the business number's when absent.
    /// </summary>
    /// <param name="state">The emulator.</param>
    /// <param name="field">The subscription field, e.g. <c>calls</c>, <c>group_lifecycle_update</c>, <c>account_update</c>.</param>
    /// <param name="value">The change's value.</param>
    /// <param name="phoneNumberId">The business number concerned; null for the first configured one.</param>
    /// <param name="cancellationToken">Cancels waiting for room in the webhook queue.</param>
    public static async Task ReceiveChangeAsync(
        EmulatorState state,
        string field,
        JsonObject value,
        string? phoneNumberId,
        CancellationToken cancellationToken)
    {
        if (field.Length == 0)
        {
            throw GraphError.InvalidParameter("Param field must be a webhook field name.");
        }

        var number = Number(state, phoneNumberId);
        await state.Webhooks.EnqueueAsync(WebhookPayloads.Change(number, field, value, state.Now), cancellationToken).ConfigureAwait(false);
    }

    private static PhoneNumberState Number(EmulatorState state, string? phoneNumberId) =>
        phoneNumberId is null
            ? state.PhoneNumbers[state.Options.PhoneNumbers[0].Id]
            : state.PhoneNumbers.GetValueOrDefault(phoneNumberId) ?? throw GraphError.UnknownObject(phoneNumberId);
}

/// <summary>The user of a simulated inbound message, as Meta describes them in <c>contacts[]</c> and on the message.</summary>
/// <param name="From">The user's number (any format; digits are kept), or their business-scoped user id for a user without a known number.</param>
/// <param name="ProfileName">The profile name (<c>contacts[].profile.name</c>); null for the number.</param>
/// <param name="UserId">The business-scoped user id (<c>from_user_id</c>, <c>contacts[].user_id</c>).</param>
/// <param name="ParentUserId">The parent business-scoped user id (<c>from_parent_user_id</c>, <c>contacts[].parent_user_id</c>).</param>
/// <param name="Username">The username (<c>contacts[].profile.username</c>).</param>
/// <param name="GroupId">The group written in (<c>group_id</c>); null for a one-to-one chat.</param>
internal sealed record InboundSender(
    string From,
    string? ProfileName,
    string? UserId = null,
    string? ParentUserId = null,
    string? Username = null,
    string? GroupId = null);
