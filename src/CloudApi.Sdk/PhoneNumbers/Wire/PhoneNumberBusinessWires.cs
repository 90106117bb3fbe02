using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers.Wire;

/// <summary>The body of <c>POST /{phone-number-id}</c> that changes its configuration.</summary>
internal sealed class PhoneNumberUpdateWire
{
    public WebhookConfigurationWire? WebhookConfiguration { get; set; }

    public string? NewDisplayName { get; set; }

    public string? SearchVisibility { get; set; }

    public string? Username { get; set; }

    public ApiDataWire? WhatsappBusinessApiData { get; set; }

    internal sealed class WebhookConfigurationWire
    {
        public string? OverrideCallbackUri { get; set; }

        public string? VerifyToken { get; set; }
    }

    internal sealed class ApiDataWire
    {
        public bool? ShowSecurityNotifications { get; set; }

        public bool? NotifyUserChangeNumber { get; set; }
    }
}

/// <summary>An element of <c>GET /{phone-number-id}/whatsapp_commerce_settings</c>.</summary>
internal sealed class CommerceSettingsWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public bool? IsCartEnabled { get; set; }

    public bool? IsCatalogVisible { get; set; }
}

/// <summary>An element of <c>GET /{phone-number-id}/business_compliance_info</c>, and the body of its <c>POST</c>.</summary>
internal sealed class ComplianceInfoWire
{
    public string? MessagingProduct { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? WhatsappBusinessAccountId { get; set; }

    public string? EntityName { get; set; }

    public BusinessEntityType? EntityType { get; set; }

    public string? EntityTypeCustom { get; set; }

    public bool? IsRegistered { get; set; }

    public ComplianceContactWire? GrievanceOfficerDetails { get; set; }

    public ComplianceContactWire? CustomerCareDetails { get; set; }
}

/// <summary>A contact of the compliance information.</summary>
internal sealed class ComplianceContactWire
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? MobileNumber { get; set; }

    public string? LandlineNumber { get; set; }
}

/// <summary><c>GET /{phone-number-id}/official_business_account</c>, and the answer of its <c>POST</c>.</summary>
internal sealed class OfficialBusinessAccountWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public OfficialBusinessAccountState? ObaStatus { get; set; }

    public string? StatusMessage { get; set; }

    public bool? Success { get; set; }

    public string? Message { get; set; }

    public OfficialBusinessAccountWire? UpdatedStatus { get; set; }

    public string? TrackingId { get; set; }
}

/// <summary>The body of <c>POST /{phone-number-id}/official_business_account</c>.</summary>
internal sealed class OfficialBusinessAccountRequestWire
{
    public OfficialBusinessAccountAction Action { get; set; }

    public ApplicationDataWire? ApplicationData { get; set; }

    internal sealed class ApplicationDataWire
    {
        public string? BusinessName { get; set; }

        public string? BusinessDescription { get; set; }

        public string? WebsiteUrl { get; set; }

        public string? ContactEmail { get; set; }
    }
}

/// <summary>The body of <c>POST /{waba-id}/phone_numbers</c> and <c>POST /{business-id}/add_phone_numbers</c>.</summary>
internal sealed class CreatePhoneNumberWire
{
    public string? Cc { get; set; }

    public string? PhoneNumber { get; set; }

    public string? VerifiedName { get; set; }

    public bool? MigratePhoneNumber { get; set; }

    public string? PreverifiedId { get; set; }
}

/// <summary>An answer that is only the new object's id: <c>{"id":"..."}</c>.</summary>
internal sealed class CreatedIdWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }
}
