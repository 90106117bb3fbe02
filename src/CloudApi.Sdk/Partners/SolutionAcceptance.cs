using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>The answer of <c>POST /{solution-id}/accept</c>.</summary>
public sealed class SolutionAcceptance : GraphResult
{
    internal SolutionAcceptance(PartnerSolutionAcceptanceWire wire, GraphSource source)
        : base(source)
    {
        SolutionId = wire.SolutionId ?? string.Empty;
        PartnerStatus = wire.PartnerStatus;
        Success = wire.Success ?? false;
        Message = wire.Message;
        UpdateTime = wire.UpdateTime;
    }

    /// <summary>The solution id (<c>solution_id</c>).</summary>
    public string SolutionId { get; }

    /// <summary>The partner's status now, e.g. <c>ACCEPTED</c> (<c>partner_status</c>).</summary>
    public string? PartnerStatus { get; }

    /// <summary>Whether Meta took the acceptance (<c>success</c>).</summary>
    public bool Success { get; }

    /// <summary>Meta's message (<c>message</c>).</summary>
    public string? Message { get; }

    /// <summary>When it changed (<c>update_time</c>).</summary>
    public DateTimeOffset? UpdateTime { get; }
}
