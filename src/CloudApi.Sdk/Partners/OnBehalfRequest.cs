using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>A pending request to act on behalf of a business on its account (an item of <c>GET /{waba-id}/in_progress_onbehalf_request</c>).</summary>
public sealed class OnBehalfRequest : GraphResult
{
    internal OnBehalfRequest(PartnerOnBehalfRequestWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        Status = wire.Status;
        BusinessOwnedObject = wire.BusinessOwnedObject;
        ReceivingBusiness = NamedGraphObject.From(wire.ReceivingBusiness);
        RequestingBusiness = NamedGraphObject.From(wire.RequestingBusiness);
    }

    /// <summary>The request id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The status, e.g. <c>IN_PROGRESS</c>, <c>PENDING</c>, <c>APPROVE</c>, <c>DECLINE</c>, <c>EXPIRED</c> (<c>status</c>).</summary>
    public string? Status { get; }

    /// <summary>The id of the object the request is about (<c>business_owned_object</c>).</summary>
    public string? BusinessOwnedObject { get; }

    /// <summary>The business that would act on behalf (<c>receiving_business</c>).</summary>
    public NamedGraphObject? ReceivingBusiness { get; }

    /// <summary>The business that asked (<c>requesting_business</c>).</summary>
    public NamedGraphObject? RequestingBusiness { get; }
}
