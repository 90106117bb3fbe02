using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Hosting;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.State.Chats;

namespace CloudApi.Sdk.Emulator.Webhooks;

/// <summary>
/// Queues the status webhooks that follow an accepted message: sent, then delivered and read (or failed). The inbox
/// records the same outcome, with or without a webhook callback.
/// </summary>
internal static class StatusNotifier
{
    public static async ValueTask MessageAcceptedAsync(
        EmulatorState state,
        PhoneNumberState number,
        EmulatedMessage message,
        (int Code, string Title, string Details)? failure,
        CancellationToken cancellationToken)
    {
        Record(state, message, failure);
        if (!state.Webhooks.Enabled)
        {
            return;
        }

        var template = message.Type == "template" ? TemplateCategory(state, number, message) : null;
        var now = state.Now;
        await state.Webhooks.EnqueueAsync(WebhookPayloads.Status(number, message, "sent", now, template), cancellationToken).ConfigureAwait(false);
        if (failure is { } f)
        {
            var error = WebhookPayloads.Error(f.Code, f.Title, f.Details);
            await state.Webhooks.EnqueueAsync(WebhookPayloads.Status(number, message, "failed", now, template, error), cancellationToken).ConfigureAwait(false);
            return;
        }

        // Meta sends only "sent" for reactions.
        if (message.Type == "reaction" || !state.Options.Webhooks.SendDeliveredAndRead)
        {
            return;
        }

        await state.Webhooks.EnqueueAsync(WebhookPayloads.Status(number, message, "delivered", now, template), cancellationToken).ConfigureAwait(false);
        await state.Webhooks.EnqueueAsync(WebhookPayloads.Status(number, message, "read", now, template), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The last status the webhooks carry (Meta sends only <c>sent</c> for reactions) goes to the chat and the log.</summary>
    private static void Record(EmulatorState state, EmulatedMessage message, (int Code, string Title, string Details)? failure)
    {
        var delivery = failure is { } f
            ? DeliveryState.Failed(new ChatError(f.Code, f.Title, f.Details))
            : new DeliveryState(message.Type == "reaction" || !state.Options.Webhooks.SendDeliveredAndRead ? "sent" : "read");
        state.Conversations.BusinessSent(message, JsonNode.Parse(message.Body)!.AsObject(), delivery);
        EmulatorLog.MessageAccepted(state.Logger, message.Id, message.Type, message.PhoneNumberId, message.Recipient, delivery.Error is { } e ? $"failed (#{e.Code})" : delivery.Status);
    }

    /// <summary>The pricing category of a template send: the stored template's category, lower case (<c>utility</c> for a template the emulator does not store).</summary>
    private static string TemplateCategory(EmulatorState state, PhoneNumberState number, EmulatedMessage message)
    {
        var template = JsonNode.Parse(message.Body)?["template"];
        var name = template?["name"]?.GetValue<string>();
        var language = template?["language"]?["code"]?.GetValue<string>();
        var stored = name is null ? null : state.Templates.Named(number.BusinessAccountId, name).Find(t => t.Language == language);
        return stored?.Category.ToUpperInvariant() switch
        {
            "MARKETING" => "marketing",
            "AUTHENTICATION" => "authentication",
            _ => "utility",
        };
    }
}
