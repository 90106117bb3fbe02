using System.Globalization;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;

namespace CloudApi.Sdk.Emulator.Webhooks;

/// <summary>Builds <c>messages</c>-field webhooks in Meta's envelope.</summary>
internal static class WebhookPayloads
{
    /// <param name="number">The sending number.</param>
    /// <param name="message">The message the status is about.</param>
    /// <param name="status"><c>sent</c>, <c>delivered</c>, <c>read</c> or <c>failed</c>.</param>
    /// <param name="at">When.</param>
    /// <param name="templateCategory">The pricing category of a template send (<c>marketing</c>, <c>utility</c>, <c>authentication</c>); null for a free-form message, priced as <c>service</c>.</param>
    /// <param name="error">The error of a failed status.</param>
    public static string Status(PhoneNumberState number, EmulatedMessage message, string status, DateTimeOffset at, string? templateCategory, JsonObject? error = null)
    {
        var item = new JsonObject
        {
            ["id"] = message.Id,
            ["status"] = status,
            ["timestamp"] = Unix(at),
        };

        // A user known only by a business-scoped user id has no recipient_id; every known BSUID is recipient_user_id.
        if (!UserDirectory.IsUserId(message.Recipient))
        {
            item["recipient_id"] = message.Recipient;
        }

        if (message.RecipientUserId is not null)
        {
            item["recipient_user_id"] = message.RecipientUserId;
        }

        if (message.BizOpaqueCallbackData is not null)
        {
            item["biz_opaque_callback_data"] = message.BizOpaqueCallbackData;
        }

        // Like Meta: pricing on "sent" and on one of delivered/read (per-message pricing since July 2025).
        if (status is "sent" or "delivered")
        {
            item["pricing"] = new JsonObject
            {
                ["billable"] = templateCategory is not null,
                ["pricing_model"] = "PMP",
                ["type"] = templateCategory is not null ? "regular" : "free_customer_service",
                ["category"] = templateCategory ?? "service",
            };
        }

        if (error is not null)
        {
            item["errors"] = new JsonArray(error);
        }

        return Envelope(number, new JsonObject { ["statuses"] = new JsonArray(item) });
    }

    /// <param name="number">The business number written to.</param>
    /// <param name="from">The user's number digits; null for a user known only by a business-scoped user id.</param>
    /// <param name="sender">The user.</param>
    /// <param name="message">The message object.</param>
    public static string Inbound(PhoneNumberState number, string? from, InboundSender sender, JsonObject message)
    {
        var profile = new JsonObject { ["name"] = sender.ProfileName ?? from ?? sender.Username ?? sender.UserId };
        if (sender.Username is not null)
        {
            profile["username"] = sender.Username;
        }

        var contact = new JsonObject { ["profile"] = profile };
        if (from is not null)
        {
            contact["wa_id"] = from;
        }

        if (sender.UserId is not null)
        {
            contact["user_id"] = sender.UserId;
        }

        if (sender.ParentUserId is not null)
        {
            contact["parent_user_id"] = sender.ParentUserId;
        }

        return Envelope(number, new JsonObject
        {
            ["contacts"] = new JsonArray(contact),
            ["messages"] = new JsonArray(message),
        });
    }

    /// <summary>A change of any field; list-shaped values get the number's <c>messaging_product</c> and <c>metadata</c> when they lack them, others the entry's <c>time</c>.</summary>
    public static string Change(PhoneNumberState number, string field, JsonObject value, DateTimeOffset at)
    {
        if (HasMetadata(field))
        {
            value["messaging_product"] ??= "whatsapp";
            value["metadata"] ??= Metadata(number);
        }

        var entry = new JsonObject
        {
            ["id"] = number.BusinessAccountId,
            ["time"] = at.ToUnixTimeSeconds(),
            ["changes"] = new JsonArray(new JsonObject { ["value"] = value, ["field"] = field }),
        };
        return JsonText.Write(new JsonObject { ["object"] = "whatsapp_business_account", ["entry"] = new JsonArray(entry) });
    }

    public static JsonObject Error(int code, string title, string details) => new()
    {
        ["code"] = code,
        ["title"] = title,
        ["message"] = title,
        ["error_data"] = new JsonObject { ["details"] = details },
        ["href"] = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
    };

    private static JsonObject Metadata(PhoneNumberState number) => new()
    {
        ["display_phone_number"] = number.DisplayDigits,
        ["phone_number_id"] = number.Id,
    };

    /// <summary>The fields whose value lists items next to <c>messaging_product</c> and <c>metadata</c>.</summary>
    private static bool HasMetadata(string field) => field is
        "messages" or "calls" or "user_preferences" or "history" or "smb_message_echoes" or "message_echoes" or "smb_app_state_sync"
        or "automatic_events" or "group_lifecycle_update" or "group_participants_update" or "group_settings_update" or "group_status_update";

    public static string Unix(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Envelope(PhoneNumberState number, JsonObject value)
    {
        var full = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = Metadata(number),
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
