using System.Globalization;
using System.Text.Json;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Serialization;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.Webhooks.Parsing;

/// <summary>
/// Reads the values of the fields other than <c>messages</c>: small, rare objects, read through a
/// <see cref="JsonDocument"/> for brevity (speed matters on the <c>messages</c> path only).
/// </summary>
internal static class FieldValueReader
{
    public static bool Knows(string field) => field is
        WebhookFields.TemplateStatusUpdate or WebhookFields.TemplateQualityUpdate or WebhookFields.TemplateCategoryUpdate
        or WebhookFields.PhoneNumberQualityUpdate or WebhookFields.PhoneNumberNameUpdate or WebhookFields.AccountUpdate
        or WebhookFields.AccountAlerts or WebhookFields.Security or WebhookFields.BusinessCapabilityUpdate;

    /// <summary>Reads the object the reader is on; <see langword="null"/> (value skipped) for a field it does not know.</summary>
    public static WebhookEvent? Read(string field, ref Utf8JsonReader reader)
    {
        if (!Knows(field))
        {
            reader.Skip();
            return null;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var value = document.RootElement;
        return field switch
        {
            WebhookFields.TemplateStatusUpdate => new TemplateStatusUpdate
            {
                Event = Value<TemplateStatus>(value, "event"),
                TemplateId = Long(value, "message_template_id"),
                TemplateName = Str(value, "message_template_name"),
                Language = Str(value, "message_template_language"),
                Category = Value<TemplateCategory>(value, "message_template_category"),
                Reason = Value<TemplateRejectionReason>(value, "reason"),
                DisableDate = Str(Obj(value, "disable_info"), "disable_date"),
                OtherInfoTitle = Str(Obj(value, "other_info"), "title"),
                OtherInfoDescription = Str(Obj(value, "other_info"), "description"),
                RejectionReason = Value<TemplateRejectionReason>(Obj(value, "rejection_info"), "reason"),
                RejectionRecommendation = Str(Obj(value, "rejection_info"), "recommendation"),
            },
            WebhookFields.TemplateQualityUpdate => new TemplateQualityUpdate
            {
                PreviousQualityScore = Value<TemplateQuality>(value, "previous_quality_score"),
                NewQualityScore = Value<TemplateQuality>(value, "new_quality_score"),
                TemplateId = Long(value, "message_template_id"),
                TemplateName = Str(value, "message_template_name"),
                Language = Str(value, "message_template_language"),
            },
            WebhookFields.TemplateCategoryUpdate => new TemplateCategoryUpdate
            {
                TemplateId = Long(value, "message_template_id"),
                TemplateName = Str(value, "message_template_name"),
                Language = Str(value, "message_template_language"),
                PreviousCategory = Value<TemplateCategory>(value, "previous_category"),
                NewCategory = Value<TemplateCategory>(value, "new_category"),
                CorrectCategory = Value<TemplateCategory>(value, "correct_category"),
                CategoryUpdateAt = JsonRead.FromUnixSeconds(Long(value, "category_update_timestamp")),
            },
            WebhookFields.PhoneNumberQualityUpdate => new PhoneNumberQualityUpdate
            {
                DisplayPhoneNumber = Str(value, "display_phone_number"),
                Event = Str(value, "event"),
                MaxDailyConversationsPerBusiness = Value<MessagingLimitTier>(value, "max_daily_conversations_per_business"),
                CurrentLimit = Str(value, "current_limit"),
                OldLimit = Str(value, "old_limit"),
            },
            WebhookFields.PhoneNumberNameUpdate => new PhoneNumberNameUpdate
            {
                DisplayPhoneNumber = Str(value, "display_phone_number"),
                Decision = Str(value, "decision"),
                RequestedVerifiedName = Str(value, "requested_verified_name"),
                RejectionReason = Str(value, "rejection_reason"),
            },
            WebhookFields.AccountUpdate => new AccountUpdate
            {
                Event = Str(value, "event"),
                ViolationType = Str(Obj(value, "violation_info"), "violation_type"),
                Restrictions = Restrictions(value),
                BanState = Str(Obj(value, "ban_info"), "waba_ban_state"),
                BanDate = Str(Obj(value, "ban_info"), "waba_ban_date"),
                ValueJson = value.GetRawText(),
            },
            WebhookFields.AccountAlerts => new AccountAlert
            {
                EntityType = Str(value, "entity_type"),
                EntityId = Str(value, "entity_id"),
                Severity = Str(Obj(value, "alert_info"), "alert_severity"),
                Status = Str(Obj(value, "alert_info"), "alert_status"),
                AlertType = Str(Obj(value, "alert_info"), "alert_type"),
                Description = Str(Obj(value, "alert_info"), "alert_description"),
            },
            WebhookFields.Security => new SecurityUpdate
            {
                DisplayPhoneNumber = Str(value, "display_phone_number"),
                Event = Str(value, "event"),
                Requester = Str(value, "requester"),
            },
            _ => new BusinessCapabilityUpdate
            {
                MaxDailyConversationsPerBusiness = Value<MessagingLimitTier>(value, "max_daily_conversations_per_business"),
                MaxDailyConversationPerPhone = Long(value, "max_daily_conversation_per_phone"),
                MaxPhoneNumbersPerBusiness = Long(value, "max_phone_numbers_per_business"),
                MaxPhoneNumbersPerWaba = Long(value, "max_phone_numbers_per_waba"),
            },
        };
    }

    private static List<AccountRestriction> Restrictions(JsonElement value)
    {
        var list = new List<AccountRestriction>();
        if (value.TryGetProperty("restriction_info", out var info) && info.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in info.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    list.Add(new AccountRestriction(Str(item, "restriction_type"), JsonRead.FromUnixSeconds(Long(item, "expiration"))));
                }
            }
        }

        return list;
    }

    private static JsonElement Obj(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : default;

    private static string? Str(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }

    private static T? Value<T>(JsonElement element, string name)
        where T : struct, IExtensibleValue<T> =>
        Str(element, name) is { } value ? T.FromString(value) : null;

    private static long? Long(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out var number) ? number : null,
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
            _ => null,
        };
    }
}
