using System.Text.Json.Serialization.Metadata;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Serialization;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>
/// Maps the value of a field that is one object (templates, phone numbers, account, flows): read from the value's
/// bytes with the field's wire type. <see langword="null"/> for a field the SDK does not know.
/// </summary>
internal static class FieldValueMapper
{
    public static WebhookEvent? Map(string field, ReadOnlySpan<byte> value) => field switch
    {
        WebhookFields.TemplateStatusUpdate or WebhookFields.TemplateQualityUpdate or WebhookFields.TemplateCategoryUpdate or WebhookFields.TemplateComponentsUpdate
            => Template(field, Read(value, WhatsAppJsonContext.Default.TemplateFieldWire)),
        WebhookFields.PhoneNumberQualityUpdate or WebhookFields.PhoneNumberNameUpdate or WebhookFields.Security
            => PhoneNumber(field, Read(value, WhatsAppJsonContext.Default.PhoneNumberFieldWire)),
        WebhookFields.AccountUpdate or WebhookFields.AccountAlerts or WebhookFields.AccountReviewUpdate or WebhookFields.BusinessCapabilityUpdate
            or WebhookFields.PartnerSolutions or WebhookFields.PaymentConfigurationUpdate
            => Account(field, Read(value, WhatsAppJsonContext.Default.AccountFieldWire)),
        WebhookFields.Flows => Flow(Read(value, WhatsAppJsonContext.Default.FlowFieldWire)),
        _ => null,
    };

    /// <summary>The value's wire, values of an unexpected type read as absent (the event's <see cref="WebhookEvent.RawJson"/> has them all).</summary>
    private static T Read<T>(ReadOnlySpan<byte> value, JsonTypeInfo<T> typeInfo)
        where T : class, new() =>
        TolerantDeserializer.Deserialize(value, typeInfo) ?? new T();

    private static WebhookEvent Template(string field, TemplateFieldWire wire) => field switch
    {
        WebhookFields.TemplateStatusUpdate => new TemplateStatusUpdate
        {
            Event = WireMaps.Value<TemplateStatus>(wire.Event),
            TemplateId = wire.MessageTemplateId,
            TemplateName = wire.MessageTemplateName,
            Language = wire.MessageTemplateLanguage,
            Category = WireMaps.Value<TemplateCategory>(wire.MessageTemplateCategory),
            Reason = WireMaps.Value<TemplateRejectionReason>(wire.Reason),
            DisableDate = wire.DisableInfo?.DisableDate,
            OtherInfoTitle = wire.OtherInfo?.Title,
            OtherInfoDescription = wire.OtherInfo?.Description,
            RejectionReason = WireMaps.Value<TemplateRejectionReason>(wire.RejectionInfo?.Reason),
            RejectionRecommendation = wire.RejectionInfo?.Recommendation,
        },
        WebhookFields.TemplateQualityUpdate => new TemplateQualityUpdate
        {
            PreviousQualityScore = WireMaps.Value<TemplateQuality>(wire.PreviousQualityScore),
            NewQualityScore = WireMaps.Value<TemplateQuality>(wire.NewQualityScore),
            TemplateId = wire.MessageTemplateId,
            TemplateName = wire.MessageTemplateName,
            Language = wire.MessageTemplateLanguage,
        },
        WebhookFields.TemplateCategoryUpdate => new TemplateCategoryUpdate
        {
            TemplateId = wire.MessageTemplateId,
            TemplateName = wire.MessageTemplateName,
            Language = wire.MessageTemplateLanguage,
            PreviousCategory = WireMaps.Value<TemplateCategory>(wire.PreviousCategory),
            NewCategory = WireMaps.Value<TemplateCategory>(wire.NewCategory),
            CorrectCategory = WireMaps.Value<TemplateCategory>(wire.CorrectCategory),
            CategoryUpdateAt = wire.CategoryUpdateTimestamp,
        },
        _ => new TemplateComponentsUpdate
        {
            TemplateId = wire.MessageTemplateId,
            TemplateName = wire.MessageTemplateName,
            Language = wire.MessageTemplateLanguage,
            Title = wire.MessageTemplateTitle,
            Element = wire.MessageTemplateElement,
            Footer = wire.MessageTemplateFooter,
            Buttons = WireMaps.List(wire.MessageTemplateButtons, b => new TemplateButtonChange(
                b.MessageTemplateButtonType, b.MessageTemplateButtonText, b.MessageTemplateButtonUrl, b.MessageTemplateButtonPhoneNumber)),
        },
    };

    private static WebhookEvent PhoneNumber(string field, PhoneNumberFieldWire wire) => field switch
    {
        WebhookFields.PhoneNumberQualityUpdate => new PhoneNumberQualityUpdate
        {
            DisplayPhoneNumber = wire.DisplayPhoneNumber,
            Event = wire.Event,
            MaxDailyConversationsPerBusiness = WireMaps.Value<MessagingLimitTier>(wire.MaxDailyConversationsPerBusiness),
            CurrentLimit = wire.CurrentLimit,
            OldLimit = wire.OldLimit,
        },
        WebhookFields.PhoneNumberNameUpdate => new PhoneNumberNameUpdate
        {
            DisplayPhoneNumber = wire.DisplayPhoneNumber,
            Decision = wire.Decision,
            RequestedVerifiedName = wire.RequestedVerifiedName,
            RejectionReason = wire.RejectionReason,
        },
        _ => new SecurityUpdate { DisplayPhoneNumber = wire.DisplayPhoneNumber, Event = wire.Event, Requester = wire.Requester },
    };

    private static WebhookEvent Account(string field, AccountFieldWire wire) => field switch
    {
        WebhookFields.AccountUpdate => new AccountUpdate
        {
            Event = wire.Event,
            ViolationType = wire.ViolationInfo?.ViolationType,
            Restrictions = WireMaps.List(wire.RestrictionInfo, r => new AccountRestriction(r.RestrictionType, r.Expiration)),
            BanState = wire.BanInfo?.WabaBanState,
            BanDate = wire.BanInfo?.WabaBanDate,
        },
        WebhookFields.AccountAlerts => new AccountAlert
        {
            EntityType = wire.EntityType,
            EntityId = wire.EntityId,
            Severity = wire.AlertInfo?.AlertSeverity,
            Status = wire.AlertInfo?.AlertStatus,
            AlertType = wire.AlertInfo?.AlertType,
            Description = wire.AlertInfo?.AlertDescription,
        },
        WebhookFields.AccountReviewUpdate => new AccountReviewUpdate { Decision = wire.Decision },
        WebhookFields.BusinessCapabilityUpdate => new BusinessCapabilityUpdate
        {
            MaxDailyConversationsPerBusiness = WireMaps.Value<MessagingLimitTier>(wire.MaxDailyConversationsPerBusiness),
            MaxDailyConversationPerPhone = wire.MaxDailyConversationPerPhone,
            MaxPhoneNumbersPerBusiness = wire.MaxPhoneNumbersPerBusiness,
            MaxPhoneNumbersPerWaba = wire.MaxPhoneNumbersPerWaba,
        },
        WebhookFields.PartnerSolutions => new PartnerSolutionUpdate
        {
            Event = wire.Event,
            SolutionId = wire.SolutionId,
            SolutionStatus = wire.SolutionStatus,
            PartnerAppId = wire.PartnerAppId,
            OwnerAppId = wire.OwnerAppId,
        },
        _ => new PaymentConfigurationUpdate
        {
            ConfigurationName = wire.ConfigurationName,
            ProviderName = wire.ProviderName,
            ProviderMerchantId = wire.ProviderMid,
            Status = wire.Status,
            CreatedAt = wire.CreatedTimestamp,
            UpdatedAt = wire.UpdatedTimestamp,
        },
    };

    private static FlowUpdate Flow(FlowFieldWire wire) => new()
    {
        Event = wire.Event,
        Message = wire.Message,
        FlowId = wire.FlowId,
        OldStatus = wire.OldStatus,
        NewStatus = wire.NewStatus,
        AlertState = wire.AlertState,
        Threshold = wire.Threshold,
        ErrorRate = wire.ErrorRate,
        Errors = WireMaps.List(wire.Errors, e => new FlowErrorRate(e.ErrorType, e.ErrorRate, e.ErrorCount)),
        P50Latency = wire.P50Latency,
        P90Latency = wire.P90Latency,
        RequestsCount = wire.RequestsCount,
        Availability = wire.Availability,
    };
}
