using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners.Wire;

/// <summary>An item of <c>GET /{business-id}/preverified_numbers</c>.</summary>
internal sealed class PartnerPreverifiedNumberWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? DisplayPhoneNumber { get; set; }

    public int? CountryPrefix { get; set; }

    public string? VerificationStatus { get; set; }

    public string? AvailabilityStatus { get; set; }

    public DateTimeOffset? CreatedTime { get; set; }

    public DateTimeOffset? LastUpdated { get; set; }

    public List<string>? SupportedFeatures { get; set; }

    public string? CountryCode { get; set; }

    public string? Region { get; set; }
}

/// <summary>The answer of <c>GET /{pre-verified-phone-number-id}</c>.</summary>
internal sealed class PartnerPreverifiedNumberCheckWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public int? CountryPrefix { get; set; }

    public string? DisplayPhoneNumber { get; set; }

    public string? ErrorMsg { get; set; }

    public bool? IsInputIdValid { get; set; }
}

/// <summary>An item of <c>GET /{pre-verified-phone-number-id}/partners</c>.</summary>
internal sealed class PartnerNumberPartnerWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public DateTimeOffset? CreatedTime { get; set; }

    public DateTimeOffset? UpdatedTime { get; set; }

    public string? VerificationStatus { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? PrimaryPage { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? TimezoneId { get; set; }

    public string? TwoFactorType { get; set; }
}

/// <summary>The body of <c>POST /{pre-verified-phone-number-id}/request_code</c>.</summary>
internal sealed class PartnerRequestCodeWire
{
    public string? CodeMethod { get; set; }

    public string? Language { get; set; }
}

/// <summary>The body of <c>POST /{pre-verified-phone-number-id}/verify_code</c>.</summary>
internal sealed class PartnerVerifyCodeWire
{
    public string? Code { get; set; }
}

/// <summary>The body of <c>POST /{business-id}/share_preverified_numbers</c>.</summary>
internal sealed class PartnerShareNumberWire
{
    public string? PreverifiedId { get; set; }

    public string? PartnerBusinessId { get; set; }
}
