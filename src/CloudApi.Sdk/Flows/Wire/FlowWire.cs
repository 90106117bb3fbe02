using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows.Wire;

/// <summary>A flow as Meta answers it (<c>GET /{flow-id}</c>, an item of <c>GET /{waba-id}/flows</c>).</summary>
internal sealed class FlowWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public FlowStatus? Status { get; set; }

    public List<FlowCategory>? Categories { get; set; }

    public List<FlowValidationErrorWire>? ValidationErrors { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? JsonVersion { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? DataApiVersion { get; set; }

    public string? EndpointUri { get; set; }

    /// <summary>The endpoint's older name, still in Meta's examples.</summary>
    public string? DataChannelUri { get; set; }

    public FlowPreviewWire? Preview { get; set; }

    public FlowHealthStatusWire? HealthStatus { get; set; }

    public FlowNodeWire? WhatsappBusinessAccount { get; set; }

    public FlowNodeWire? Application { get; set; }
}

/// <summary><c>preview</c>: <c>{"preview_url":"...","expires_at":"2023-05-21T11:18:09+0000"}</c>.</summary>
internal sealed class FlowPreviewWire
{
    public string? PreviewUrl { get; set; }

    [JsonConverter(typeof(GraphTimeConverter))]
    public DateTimeOffset? ExpiresAt { get; set; }
}

/// <summary>An object Meta links by id and name (<c>whatsapp_business_account</c>, <c>application</c>).</summary>
internal sealed class FlowNodeWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Link { get; set; }
}

/// <summary><c>health_status</c>.</summary>
internal sealed class FlowHealthStatusWire
{
    public FlowSendAvailability? CanSendMessage { get; set; }

    public List<FlowHealthEntityWire>? Entities { get; set; }
}

/// <summary>An item of <c>health_status.entities</c>.</summary>
internal sealed class FlowHealthEntityWire
{
    public FlowHealthEntityType? EntityType { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public FlowSendAvailability? CanSendMessage { get; set; }

    public List<FlowHealthErrorWire>? Errors { get; set; }

    /// <summary>Kept as elements: Meta does not document the items' shape.</summary>
    public List<System.Text.Json.JsonElement>? AdditionalInfo { get; set; }
}

/// <summary>An item of <c>health_status.entities[].errors</c>.</summary>
internal sealed class FlowHealthErrorWire
{
    public int? ErrorCode { get; set; }

    public string? ErrorDescription { get; set; }

    public string? PossibleSolution { get; set; }
}
