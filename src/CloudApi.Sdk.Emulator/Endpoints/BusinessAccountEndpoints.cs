using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>WABA: get (with <c>fields</c>) and subscribed apps (list, subscribe with an optional override URL, unsubscribe).</summary>
internal static class BusinessAccountEndpoints
{
    public const string AppId = "300000000000001";
    public const string AppName = "Emulator App";

    public static Task GetAsync(HttpContext context, EmulatedBusinessAccount waba)
    {
        var all = new JsonObject
        {
            ["id"] = waba.Id,
            ["name"] = waba.Name,
            ["currency"] = waba.Currency,
            ["timezone_id"] = waba.TimezoneId,
            ["message_template_namespace"] = "emulator_" + waba.Id,
            ["account_review_status"] = "APPROVED",
            ["business_verification_status"] = "verified",
            ["ownership_type"] = "SELF",
            ["status"] = "ACTIVE",
            ["health_status"] = new JsonObject { ["can_send_message"] = "AVAILABLE" },
        };

        // Read only when asked for, as Meta does: the default read stays as it was.
        if (context.Request.Query["fields"].ToString().Contains("marketing_messages_onboarding_status", StringComparison.Ordinal))
        {
            all["marketing_messages_onboarding_status"] = waba.MarketingMessagesOnboardingStatus;
        }

        return context.WriteJsonAsync(Fields.Select(context, all));
    }

    public static Task ListAppsAsync(HttpContext context, EmulatedBusinessAccount waba)
    {
        var data = new JsonArray();
        if (context.State().Subscriptions.TryGetValue(waba.Id, out var overrideUri))
        {
            var app = new JsonObject
            {
                ["whatsapp_business_api_data"] = new JsonObject { ["id"] = AppId, ["link"] = "https://www.facebook.com/games/?app_id=" + AppId, ["name"] = AppName },
            };
            if (overrideUri.Length > 0)
            {
                app["override_callback_uri"] = overrideUri;
            }

            data.Add(app);
        }

        return context.WriteJsonAsync(new JsonObject { ["data"] = data });
    }

    public static async Task SubscribeAsync(HttpContext context, EmulatedBusinessAccount waba)
    {
        var body = await context.ReadOptionalJsonObjectAsync().ConfigureAwait(false);
        var overrideUri = JsonRules.OptionalString(body, "override_callback_uri", string.Empty, 200);
        if (overrideUri is not null)
        {
            if (!Uri.TryCreate(overrideUri, UriKind.Absolute, out _))
            {
                throw GraphError.InvalidParameter("Param override_callback_uri must be an absolute URL.");
            }

            JsonRules.RequireString(body, "verify_token", string.Empty);
        }

        context.State().Subscriptions[waba.Id] = overrideUri ?? string.Empty;
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    public static Task UnsubscribeAsync(HttpContext context, EmulatedBusinessAccount waba)
    {
        context.State().Subscriptions.TryRemove(waba.Id, out _);
        return context.WriteSuccessAsync();
    }
}
