using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.State;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>
/// What <c>/marketing_messages</c> adds to the rules of <c>/messages</c>: an onboarded account (134102), a template
/// message of a marketing template (131055), and its two settings (<c>product_policy</c>, <c>message_activity_sharing</c>).
/// </summary>
internal static class MarketingMessageRules
{
    public static void Check(EmulatorState state, PhoneNumberState number, SendRequest request)
    {
        if (state.BusinessAccounts.TryGetValue(number.BusinessAccountId, out var waba) &&
            !string.Equals(waba.MarketingMessagesOnboardingStatus, "ONBOARDED", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphError(500, 134102, "Marketing Messages API for WhatsApp is not available",
                $"The WhatsApp Business Account {waba.Id} is not onboarded to the Marketing Messages API ({waba.MarketingMessagesOnboardingStatus}).");
        }

        if (!request.IsTemplate)
        {
            throw NotMarketing($"Only template messages can be sent through the Marketing Messages API, not '{request.Type}'.");
        }

        var template = request.Body["template"]!.AsObject();
        var name = template["name"]!.GetValue<string>();
        var language = template["language"]!["code"]!.GetValue<string>();
        var stored = state.Templates.Named(number.BusinessAccountId, name).Find(t => t.Language == language);
        if (stored is not null && !string.Equals(stored.Category, "MARKETING", StringComparison.Ordinal))
        {
            throw NotMarketing($"Template '{name}' ({language}) is a {stored.Category} template; the Marketing Messages API sends marketing templates only.");
        }

        if (OptionalString(request.Body, "product_policy", string.Empty) is { } policy)
        {
            OneOf(policy, "product_policy", "CLOUD_API_FALLBACK", "STRICT");
        }

        if (request.Body["message_activity_sharing"] is { } sharing && sharing.GetValueKind() is not (System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False))
        {
            throw GraphError.InvalidParameter("Param message_activity_sharing must be a boolean.");
        }
    }

    private static GraphError NotMarketing(string details) =>
        new(400, 131055, "Method not allowed for this message", details);
}
