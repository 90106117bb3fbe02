using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;

namespace CloudApi.Sdk.Partners;

/// <summary>The answer of <c>POST /{solution-id}/send_deactivation_request</c>.</summary>
public sealed class DeactivationRequestResult : GraphResult
{
    internal DeactivationRequestResult(PartnerDeactivationRequestWire wire, GraphSource source)
        : base(source)
    {
        Success = wire.Success ?? false;
        Message = wire.Message;
        RequestId = wire.RequestId;
    }

    /// <summary>Whether the request was submitted (<c>success</c>).</summary>
    public bool Success { get; }

    /// <summary>Meta's message (<c>message</c>).</summary>
    public string? Message { get; }

    /// <summary>The deactivation request's id (<c>request_id</c>).</summary>
    public string? RequestId { get; }
}
