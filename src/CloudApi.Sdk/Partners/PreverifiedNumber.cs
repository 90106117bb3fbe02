using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>A pre-verified phone number of a business (an item of <c>GET /{business-id}/preverified_numbers</c>), ready to give to a client in Embedded Signup.</summary>
public sealed class PreverifiedNumber : GraphResult
{
    internal PreverifiedNumber(PartnerPreverifiedNumberWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        DisplayPhoneNumber = wire.DisplayPhoneNumber;
        CountryPrefix = wire.CountryPrefix;
        VerificationStatus = wire.VerificationStatus;
        AvailabilityStatus = wire.AvailabilityStatus;
        CreatedTime = wire.CreatedTime;
        LastUpdated = wire.LastUpdated;
        SupportedFeatures = PartnerValues.Strings(wire.SupportedFeatures);
        CountryCode = wire.CountryCode;
        Region = wire.Region;
    }

    /// <summary>The pre-verified number's id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The number as shown (<c>display_phone_number</c>).</summary>
    public string? DisplayPhoneNumber { get; }

    /// <summary>The calling code, e.g. 1 (<c>country_prefix</c>).</summary>
    public int? CountryPrefix { get; }

    /// <summary><c>VERIFIED</c>, <c>PENDING</c>, <c>FAILED</c> or <c>EXPIRED</c> (<c>verification_status</c>).</summary>
    public string? VerificationStatus { get; }

    /// <summary><c>AVAILABLE</c>, <c>IN_USE</c>, <c>RESERVED</c> or <c>UNAVAILABLE</c> (<c>availability_status</c>).</summary>
    public string? AvailabilityStatus { get; }

    /// <summary>When it was added (<c>created_time</c>).</summary>
    public DateTimeOffset? CreatedTime { get; }

    /// <summary>When it last changed (<c>last_updated</c>).</summary>
    public DateTimeOffset? LastUpdated { get; }

    /// <summary>What it can be used for, e.g. <c>MESSAGING</c> (<c>supported_features</c>).</summary>
    public IReadOnlyList<string> SupportedFeatures { get; }

    /// <summary>The ISO country, e.g. <c>US</c> (<c>country_code</c>).</summary>
    public string? CountryCode { get; }

    /// <summary>The region (<c>region</c>).</summary>
    public string? Region { get; }
}
