using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business.Wire;

/// <summary>The answer of <c>GET /{waba-id}?fields=...</c>.</summary>
internal sealed class BusinessAccountWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Currency { get; set; }

    public string? Country { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? TimezoneId { get; set; }

    public string? Status { get; set; }

    public string? MessageTemplateNamespace { get; set; }

    public string? AccountReviewStatus { get; set; }

    public string? BusinessVerificationStatus { get; set; }

    public string? OwnershipType { get; set; }

    public bool? IsEnabledForInsights { get; set; }
}
