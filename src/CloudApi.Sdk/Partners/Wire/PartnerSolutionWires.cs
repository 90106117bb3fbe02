using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners.Wire;

/// <summary>A multi-partner solution: <c>GET /{solution-id}</c>, the items of the solution lists, the answers of the deactivation decisions.</summary>
internal sealed class PartnerSolutionWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Status { get; set; }

    public string? StatusForPendingRequest { get; set; }

    public PartnerNamedObjectWire? OwnerApp { get; set; }

    public List<string>? OwnerPermissions { get; set; }
}

/// <summary>The body of <c>POST /{application-id}/whatsapp_business_solution</c>.</summary>
internal sealed class PartnerCreateSolutionWire
{
    public List<string> OwnerPermissions { get; set; } = [];

    public string? PartnerAppId { get; set; }

    public List<string> PartnerPermissions { get; set; } = [];

    public string? SolutionName { get; set; }
}

/// <summary>The answer of <c>POST /{application-id}/whatsapp_business_solution</c>.</summary>
internal sealed class PartnerCreatedSolutionWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SolutionId { get; set; }
}

/// <summary>The answer of <c>GET /{solution-id}/access_token</c>.</summary>
internal sealed class PartnerSolutionTokenWire
{
    public string? AccessToken { get; set; }

    public long? ExpiresAt { get; set; }
}

/// <summary>The body of <c>POST /{solution-id}/accept</c>.</summary>
internal sealed class PartnerAcceptSolutionWire
{
    public string? PartnerAppId { get; set; }

    public string? LogSessionId { get; set; }
}

/// <summary>The answer of <c>POST /{solution-id}/accept</c>.</summary>
internal sealed class PartnerSolutionAcceptanceWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SolutionId { get; set; }

    public string? PartnerStatus { get; set; }

    public bool? Success { get; set; }

    public string? Message { get; set; }

    public DateTimeOffset? UpdateTime { get; set; }
}

/// <summary>The body of <c>POST /{solution-id}/reject</c>.</summary>
internal sealed class PartnerRejectSolutionWire
{
    public string? RequestType { get; set; }

    public string? RejectionReason { get; set; }

    public string? PartnerAppId { get; set; }
}

/// <summary>The answer of <c>POST /{solution-id}/reject</c>.</summary>
internal sealed class PartnerSolutionRejectionWire
{
    public bool? Success { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SolutionId { get; set; }

    public string? RejectedRequestType { get; set; }

    public DateTimeOffset? RejectionTimestamp { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? PartnerAppId { get; set; }
}

/// <summary>The body of <c>POST /{solution-id}/send_deactivation_request</c>.</summary>
internal sealed class PartnerDeactivationBodyWire
{
    public string? Reason { get; set; }
}

/// <summary>The answer of <c>POST /{solution-id}/send_deactivation_request</c>.</summary>
internal sealed class PartnerDeactivationRequestWire
{
    public bool? Success { get; set; }

    public string? Message { get; set; }

    public string? RequestId { get; set; }
}

/// <summary>The body of <c>POST /{solution-id}/reject_deactivation_request</c>.</summary>
internal sealed class PartnerRejectDeactivationWire
{
    public bool RejectDeactivationRequest { get; set; } = true;
}

/// <summary>The empty JSON object <c>POST /{solution-id}/accept_deactivation_request</c> takes.</summary>
internal sealed class PartnerEmptyBodyWire
{
}
