using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>The answer of <c>POST /{solution-id}/reject</c>.</summary>
public sealed class SolutionRejection : GraphResult
{
    internal SolutionRejection(PartnerSolutionRejectionWire wire, GraphSource source)
        : base(source)
    {
        Success = wire.Success ?? false;
        SolutionId = wire.SolutionId ?? string.Empty;
        RejectedRequestType = string.IsNullOrEmpty(wire.RejectedRequestType) ? (SolutionRequestType?)null : new SolutionRequestType(wire.RejectedRequestType);
        RejectionTimestamp = wire.RejectionTimestamp;
        PartnerAppId = wire.PartnerAppId;
    }

    /// <summary>Whether Meta took the rejection (<c>success</c>).</summary>
    public bool Success { get; }

    /// <summary>The solution id (<c>solution_id</c>).</summary>
    public string SolutionId { get; }

    /// <summary>Which request was rejected (<c>rejected_request_type</c>).</summary>
    public SolutionRequestType? RejectedRequestType { get; }

    /// <summary>When (<c>rejection_timestamp</c>).</summary>
    public DateTimeOffset? RejectionTimestamp { get; }

    /// <summary>The partner app whose request was rejected (<c>partner_app_id</c>).</summary>
    public string? PartnerAppId { get; }
}
