using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>A migration intent (<c>GET /{migration-intent-id}</c>): an account moving between solutions or partners.</summary>
public sealed class MigrationIntent : GraphResult
{
    internal MigrationIntent(PartnerMigrationIntentWire wire, GraphSource source)
        : base(source)
    {
        Id = wire.Id ?? string.Empty;
        Status = wire.Status;
    }

    /// <summary>The intent id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary><c>INITIATED</c>, <c>ACCEPTED</c>, <c>COMPLETED</c> or <c>REJECTED</c> (<c>status</c>).</summary>
    public string? Status { get; }
}
