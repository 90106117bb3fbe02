using CloudApi.Sdk.Flows.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Flows;

/// <summary>Meta's answer to a flow migration between WhatsApp Business Accounts: what was copied and what was not.</summary>
public sealed class MigrateFlowsResult : GraphResult
{
    internal MigrateFlowsResult(MigrateFlowsResultWire wire, GraphSource source)
        : this(
            source,
            wire.MigratedFlows is null ? [] : [.. wire.MigratedFlows.Select(f => new MigratedFlow(f.SourceName ?? string.Empty, f.SourceId ?? string.Empty, f.MigratedId ?? string.Empty))],
            wire.FailedFlows is null ? [] : [.. wire.FailedFlows.Select(f => new FailedFlowMigration(f.SourceName ?? string.Empty, f.ErrorCode, f.ErrorMessage))])
    {
    }

    internal MigrateFlowsResult(GraphSource source, IReadOnlyList<MigratedFlow> migratedFlows, IReadOnlyList<FailedFlowMigration> failedFlows)
        : base(source)
    {
        MigratedFlows = migratedFlows;
        FailedFlows = failedFlows;
    }

    /// <summary>The flows copied (<c>migrated_flows</c>); empty when none was.</summary>
    public IReadOnlyList<MigratedFlow> MigratedFlows { get; }

    /// <summary>The flows not copied, and why (<c>failed_flows</c>); empty when every flow was.</summary>
    public IReadOnlyList<FailedFlowMigration> FailedFlows { get; }
}

/// <summary>A flow copied to the destination account (an item of <c>migrated_flows</c>).</summary>
public sealed class MigratedFlow
{
    internal MigratedFlow(string sourceName, string sourceId, string migratedId)
    {
        SourceName = sourceName;
        SourceId = sourceId;
        MigratedId = migratedId;
    }

    /// <summary>The flow's name, the same in both accounts (<c>source_name</c>).</summary>
    public string SourceName { get; }

    /// <summary>The id of the flow in the source account (<c>source_id</c>).</summary>
    public string SourceId { get; }

    /// <summary>The id of the copy in the destination account (<c>migrated_id</c>).</summary>
    public string MigratedId { get; }
}

/// <summary>A flow that could not be copied (an item of <c>failed_flows</c>).</summary>
public sealed class FailedFlowMigration
{
    internal FailedFlowMigration(string sourceName, string? errorCode, string? errorMessage)
    {
        SourceName = sourceName;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    /// <summary>The flow's name in the source account (<c>source_name</c>).</summary>
    public string SourceName { get; }

    /// <summary>Meta's error code (<c>error_code</c>, e.g. <c>4233041</c>: no flow of that name in the source account).</summary>
    public string? ErrorCode { get; }

    /// <summary>What went wrong (<c>error_message</c>).</summary>
    public string? ErrorMessage { get; }
}
