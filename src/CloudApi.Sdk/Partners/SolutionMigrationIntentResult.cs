using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>The answer of <c>POST /{waba-id}/set_solution_migration_intent</c>.</summary>
public sealed class SolutionMigrationIntentResult : GraphResult
{
    internal SolutionMigrationIntentResult(PartnerSolutionMigrationWire wire, GraphSource source)
        : base(source)
    {
        Success = wire.Success ?? false;
        MigrationIntentId = wire.MigrationIntentId ?? string.Empty;
        Status = wire.Status;
        EstimatedCompletionTime = wire.EstimatedCompletionTime;
    }

    /// <summary>Whether Meta took the intent (<c>success</c>).</summary>
    public bool Success { get; }

    /// <summary>The intent's id (<c>migration_intent_id</c>); read it with <see cref="IPartnerIntentsClient.GetMigrationIntentAsync"/>.</summary>
    public string MigrationIntentId { get; }

    /// <summary><c>PENDING</c>, <c>APPROVED</c>, <c>REJECTED</c> or <c>SCHEDULED</c> (<c>status</c>).</summary>
    public string? Status { get; }

    /// <summary>When Meta expects it done (<c>estimated_completion_time</c>).</summary>
    public DateTimeOffset? EstimatedCompletionTime { get; }
}
