using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>A business a pre-verified number is shared with (an item of <c>GET /{pre-verified-phone-number-id}/partners</c>).</summary>
public sealed class PreverifiedNumberPartner : GraphResult
{
    internal PreverifiedNumberPartner(PartnerNumberPartnerWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        Name = wire.Name;
        CreatedTime = wire.CreatedTime;
        UpdatedTime = wire.UpdatedTime;
        VerificationStatus = wire.VerificationStatus;
        PrimaryPage = wire.PrimaryPage;
        TimezoneId = wire.TimezoneId;
        TwoFactorType = wire.TwoFactorType;
    }

    /// <summary>The business id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The business name (<c>name</c>).</summary>
    public string? Name { get; }

    /// <summary>When it was created (<c>created_time</c>).</summary>
    public DateTimeOffset? CreatedTime { get; }

    /// <summary>When it last changed (<c>updated_time</c>).</summary>
    public DateTimeOffset? UpdatedTime { get; }

    /// <summary><c>not_verified</c>, <c>pending</c> or <c>verified</c> (<c>verification_status</c>).</summary>
    public string? VerificationStatus { get; }

    /// <summary>The business's primary Page id (<c>primary_page</c>).</summary>
    public string? PrimaryPage { get; }

    /// <summary>The time zone id (<c>timezone_id</c>).</summary>
    public string? TimezoneId { get; }

    /// <summary><c>none</c> or <c>admin_required</c> (<c>two_factor_type</c>).</summary>
    public string? TwoFactorType { get; }
}
