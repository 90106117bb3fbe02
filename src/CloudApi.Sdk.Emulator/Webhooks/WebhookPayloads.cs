using System.Globalization;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;

namespace CloudApi.Sdk.Emulator.Webhooks;

/// <summary>Builds <c>messages</c>-field webhooks in Meta's envelope.</summary>
internal static class WebhookPayloads
{
    public static string Status(PhoneNumberState number, EmulatedMessage message, string status, DateTimeOffset at, bool template, JsonObject? error = null)
    {
        var item = new JsonObject
        {
            ["id"] = message.Id,
            ["status"] = status,
            ["timestamp"] = Unix(at),
            ["recipient_id"] = message.Recipient,
        };
        if (message.BizOpaqueCallbackData is not null)
        {
            item["biz_opaque_callback_data"] = message.BizOpaqueCallbackData;
        }

        if (status is "sent" or "delivered")
        {
            item["pricing"] = new JsonObject
            {
                ["billable"] = template,
                ["pricing_model"] = "PMP",
                ["type"] = template ? "regular" : "free_customer_service",
                ["category"] = template ? "utility" : "service",
            };
        }

        if (error is not null)
        {
            item["errors"] = new JsonArray(error);
        }

        return Envelope(number, new JsonObject { ["statuses"] = new JsonArray(item) });
    }

    public static string Inbound(PhoneNumberState number, string from, string? profileName, JsonObject message)
    {
        var contact = new JsonObject { ["profile"] = new JsonObject { ["name"] = profileName ?? from }, ["wa_id"] = from };
        return Envelope(number, new JsonObject
        {
            ["contacts"] = new JsonArray(contact),
            ["messages"] = new JsonArray(message),
        });
    }

    public static JsonObject Error(int code, string title, string details) => new()
    {
        ["code"] = code,
        ["title"] = title,
        ["message"] = title,
        ["error_data"] = new JsonObject { ["details"] = details },
        ["href"] = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
    };

    public static string Unix(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Envelope(PhoneNumberState number, JsonObject value)
    {
        var full = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject
            {
                ["display_phone_number"] = number.DisplayDigits,
                ["phone_number_id"] = number.Id,
            },
        };
        foreach (var (key, node) in value.ToList())
        {
            value.Remove(key);
            full[key] = node;
        }

        var envelope = new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = number.BusinessAccountId,
                ["changes"] = new JsonArray(new JsonObject { ["field"] = "messages", ["value"] = full }),
            }),
        };
        return JsonText.Write(envelope);
    }
}
