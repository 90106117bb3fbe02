using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>An on-behalf-of mobility intent (<c>GET /{obo-mobility-intent-id}</c>): an account's move between solutions.</summary>
public sealed class OboMobilityIntent : GraphResult
{
    internal OboMobilityIntent(PartnerOboIntentWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        BusinessAccount = NamedGraphObject.From(wire.Waba);
        Solution = wire.Solution is { } solution ? new Solution(solution, GraphSource.None) : null;
        Status = wire.Status;
        CreatedTime = wire.CreatedTime;
        UpdatedTime = wire.UpdatedTime;
    }

    /// <summary>The intent id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The account that moves (<c>waba</c>); its other fields are in <see cref="GraphResult.RawJson"/>.</summary>
    public NamedGraphObject? BusinessAccount { get; }

    /// <summary>The solution involved (<c>solution</c>).</summary>
    public Solution? Solution { get; }

    /// <summary><c>PENDING</c>, <c>ACTIVE</c>, <c>COMPLETED</c>, <c>CANCELLED</c> or <c>FAILED</c> (<c>status</c>).</summary>
    public string? Status { get; }

    /// <summary>When it was created (<c>created_time</c>).</summary>
    public DateTimeOffset? CreatedTime { get; }

    /// <summary>When it last changed (<c>updated_time</c>).</summary>
    public DateTimeOffset? UpdatedTime { get; }
}
