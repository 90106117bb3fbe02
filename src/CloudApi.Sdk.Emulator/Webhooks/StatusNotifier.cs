using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;

namespace CloudApi.Sdk.Emulator.Webhooks;

/// <summary>Queues the status webhooks that follow an accepted message: sent, then delivered and read (or failed).</summary>
internal static class StatusNotifier
{
    public static async ValueTask MessageAcceptedAsync(
        EmulatorState state,
        PhoneNumberState number,
        EmulatedMessage message,
        (int Code, string Title, string Details)? failure,
        CancellationToken cancellationToken)
    {
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
