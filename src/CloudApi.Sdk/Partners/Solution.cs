using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>A multi-partner solution (<c>GET /{solution-id}</c>, an item of the solution lists, the answer of a deactivation decision).</summary>
public sealed class Solution : GraphResult
{
    internal Solution(PartnerSolutionWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        Name = wire.Name;
        Status = wire.Status;
        StatusForPendingRequest = wire.StatusForPendingRequest;
        OwnerApp = NamedGraphObject.From(wire.OwnerApp);
        OwnerPermissions = PartnerValues.Tasks(wire.OwnerPermissions);
    }

    /// <summary>The solution id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The solution name (<c>name</c>).</summary>
    public string? Name { get; }

    /// <summary><c>DRAFT</c>, <c>INITIATED</c>, <c>ACTIVE</c>, <c>REJECTED</c> or <c>DEACTIVATED</c> (<c>status</c>).</summary>
    public string? Status { get; }

    /// <summary><c>PENDING_ACTIVATION</c>, <c>PENDING_DEACTIVATION</c> or <c>NONE</c> (<c>status_for_pending_request</c>).</summary>
    public string? StatusForPendingRequest { get; }

    /// <summary>The app that owns the solution (<c>owner_app</c>).</summary>
    public NamedGraphObject? OwnerApp { get; }

    /// <summary>The owner's permissions (<c>owner_permissions</c>).</summary>
    public IReadOnlyList<BusinessAccountTask> OwnerPermissions { get; }
}
