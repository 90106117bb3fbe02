using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>The answer of <c>POST /{waba-id}/obo_mobility_intent</c>.</summary>
public sealed class OboMobilityIntentResult : GraphResult
{
    internal OboMobilityIntentResult(PartnerOboIntentCreatedWire wire, GraphSource source)
        : base(source)
    {
        Success = wire.Success ?? false;
        MobilityIntentId = wire.MobilityIntentId ?? string.Empty;
        Status = wire.Status;
        EstimatedCompletionTime = wire.EstimatedCompletionTime;
        ApprovalRequired = wire.ApprovalRequired;
        NextSteps = PartnerValues.Strings(wire.NextSteps);
    }

    /// <summary>Whether Meta took the intent (<c>success</c>).</summary>
    public bool Success { get; }

    /// <summary>The intent's id (<c>mobility_intent_id</c>).</summary>
    public string MobilityIntentId { get; }

    /// <summary>E.g. <c>PENDING</c>, <c>SCHEDULED</c>, <c>COMPLETED</c> (<c>status</c>).</summary>
    public string? Status { get; }

    /// <summary>When Meta expects it done (<c>estimated_completion_time</c>).</summary>
    public DateTimeOffset? EstimatedCompletionTime { get; }

    /// <summary>Whether the other party must approve it (<c>approval_required</c>).</summary>
    public bool? ApprovalRequired { get; }

    /// <summary>What happens next (<c>next_steps</c>).</summary>
    public IReadOnlyList<string> NextSteps { get; }
}
