using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>A client business connected to the app (an item of <c>GET /{application-id}/connected_client_businesses</c>).</summary>
public sealed class ClientBusiness : GraphResult
{
    internal ClientBusiness(PartnerClientBusinessWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        Name = wire.Name;
        VerificationStatus = wire.VerificationStatus;
        BusinessStatus = wire.BusinessStatus;
        CreatedTime = wire.CreatedTime;
        UpdatedTime = wire.UpdatedTime;
    }

    /// <summary>The business id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The business name (<c>name</c>).</summary>
    public string? Name { get; }

    /// <summary>The verification status: <c>VERIFIED</c>, <c>UNVERIFIED</c>, <c>PENDING</c>, <c>REJECTED</c> (<c>verification_status</c>).</summary>
    public string? VerificationStatus { get; }

    /// <summary>The status: <c>ACTIVE</c>, <c>INACTIVE</c>, <c>SUSPENDED</c>, <c>PENDING_APPROVAL</c> (<c>business_status</c>).</summary>
    public string? BusinessStatus { get; }

    /// <summary>When the connection was made (<c>created_time</c>).</summary>
    public DateTimeOffset? CreatedTime { get; }

    /// <summary>When it last changed (<c>updated_time</c>).</summary>
    public DateTimeOffset? UpdatedTime { get; }
}
