using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>The value of the template fields (status, quality, category and components updates).</summary>
internal sealed class TemplateFieldWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Event { get; set; }

    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? MessageTemplateId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MessageTemplateName { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MessageTemplateLanguage { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MessageTemplateCategory { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Reason { get; set; }

    public DisableInfoWire? DisableInfo { get; set; }

    public OtherInfoWire? OtherInfo { get; set; }

    public RejectionInfoWire? RejectionInfo { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? PreviousQualityScore { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? NewQualityScore { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? PreviousCategory { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? NewCategory { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? CorrectCategory { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? CategoryUpdateTimestamp { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MessageTemplateTitle { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MessageTemplateElement { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MessageTemplateFooter { get; set; }

    public List<TemplateButtonChangeWire>? MessageTemplateButtons { get; set; }
}

/// <summary><c>disable_info</c>.</summary>
internal sealed class DisableInfoWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? DisableDate { get; set; }
}

/// <summary><c>other_info</c>.</summary>
internal sealed class OtherInfoWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Title { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Description { get; set; }
}

/// <summary><c>rejection_info</c>.</summary>
internal sealed class RejectionInfoWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Reason { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Recommendation { get; set; }
}

/// <summary><c>message_template_buttons[]</c>.</summary>
internal sealed class TemplateButtonChangeWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MessageTemplateButtonType { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MessageTemplateButtonText { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MessageTemplateButtonUrl { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MessageTemplateButtonPhoneNumber { get; set; }
}

/// <summary>The value of the phone-number fields (quality and name updates, security).</summary>
internal sealed class PhoneNumberFieldWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? DisplayPhoneNumber { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Event { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MaxDailyConversationsPerBusiness { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? CurrentLimit { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? OldLimit { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Decision { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? RequestedVerifiedName { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? RejectionReason { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Requester { get; set; }
}

/// <summary>The value of the account fields (account update, alerts, review, capabilities, partner solutions, payment configurations).</summary>
internal sealed class AccountFieldWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Event { get; set; }

    public ViolationInfoWire? ViolationInfo { get; set; }

    public List<RestrictionWire>? RestrictionInfo { get; set; }

    public BanInfoWire? BanInfo { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? EntityType { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? EntityId { get; set; }

    public AlertInfoWire? AlertInfo { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Decision { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MaxDailyConversationsPerBusiness { get; set; }

    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? MaxDailyConversationPerPhone { get; set; }

    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? MaxPhoneNumbersPerBusiness { get; set; }

    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? MaxPhoneNumbersPerWaba { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? SolutionId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? SolutionStatus { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? PartnerAppId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? OwnerAppId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ConfigurationName { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ProviderName { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ProviderMid { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? CreatedTimestamp { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? UpdatedTimestamp { get; set; }
}

/// <summary><c>violation_info</c>.</summary>
internal sealed class ViolationInfoWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ViolationType { get; set; }
}

/// <summary><c>restriction_info[]</c>.</summary>
internal sealed class RestrictionWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? RestrictionType { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? Expiration { get; set; }
}

/// <summary><c>ban_info</c>.</summary>
internal sealed class BanInfoWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? WabaBanState { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? WabaBanDate { get; set; }
}

/// <summary><c>alert_info</c>.</summary>
internal sealed class AlertInfoWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? AlertSeverity { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? AlertStatus { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? AlertType { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? AlertDescription { get; set; }
}

/// <summary>The value of the <c>flows</c> field.</summary>
internal sealed class FlowFieldWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Event { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Message { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? FlowId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? OldStatus { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? NewStatus { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? AlertState { get; set; }

    [JsonConverter(typeof(TolerantDoubleConverter))]
    public double? Threshold { get; set; }

    [JsonConverter(typeof(TolerantDoubleConverter))]
    public double? ErrorRate { get; set; }

    public List<FlowErrorWire>? Errors { get; set; }

    [JsonConverter(typeof(TolerantDoubleConverter))]
    public double? P50Latency { get; set; }

    [JsonConverter(typeof(TolerantDoubleConverter))]
    public double? P90Latency { get; set; }

    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? RequestsCount { get; set; }

    [JsonConverter(typeof(TolerantDoubleConverter))]
    public double? Availability { get; set; }
}

/// <summary><c>errors[]</c> of a flows error-rate alert.</summary>
internal sealed class FlowErrorWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ErrorType { get; set; }

    [JsonConverter(typeof(TolerantDoubleConverter))]
    public double? ErrorRate { get; set; }

    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? ErrorCount { get; set; }
}
