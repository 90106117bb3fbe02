using CloudApi.Sdk.Flows.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// A WhatsApp Flow as Meta stores it (<c>GET /{flow-id}</c>, an item of <c>GET /{waba-id}/flows</c>). The list answers
/// only id, name, status, categories and validation errors; the rest is read by <see cref="IFlowsClient.GetAsync"/>.
/// A field the SDK does not model is in <see cref="GraphResult.RawJson"/>.
/// </summary>
public sealed class Flow : GraphResult
{
    internal Flow(FlowWire wire, GraphSource source)
        : this(
            source,
            wire.Id ?? string.Empty,
            wire.Name ?? string.Empty,
            wire.Status ?? default,
            wire.Categories is null ? [] : [.. wire.Categories],
            FlowMapper.Errors(wire.ValidationErrors),
            wire.JsonVersion,
            wire.DataApiVersion,
            FlowMapper.Uri(wire.EndpointUri ?? wire.DataChannelUri),
            FlowMapper.Preview(wire.Preview),
            FlowMapper.Health(wire.HealthStatus),
            wire.WhatsappBusinessAccount?.Id,
            wire.Application is { } app ? new FlowApplication(app.Id ?? string.Empty, app.Name, FlowMapper.Uri(app.Link)) : null)
    {
    }

    internal Flow(
        GraphSource source, string id, string name, FlowStatus status, IReadOnlyList<FlowCategory> categories,
        IReadOnlyList<FlowValidationError> validationErrors, string? jsonVersion, string? dataApiVersion, Uri? endpointUri,
        FlowPreview? preview, FlowHealthStatus? healthStatus, string? businessAccountId, FlowApplication? application)
        : base(source)
    {
        Id = id;
        Name = name;
        Status = status;
        Categories = categories;
        ValidationErrors = validationErrors;
        JsonVersion = jsonVersion;
        DataApiVersion = dataApiVersion;
        EndpointUri = endpointUri;
        Preview = preview;
        HealthStatus = healthStatus;
        BusinessAccountId = businessAccountId;
        Application = application;
    }

    /// <summary>The flow id (<c>id</c>): send it in an <see cref="Messages.InteractiveFlowMessage"/>.</summary>
    public string Id { get; }

    /// <summary>The flow's name (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>Its lifecycle status (<c>status</c>).</summary>
    public FlowStatus Status { get; }

    /// <summary>What it is for (<c>categories</c>); empty when Meta sent none.</summary>
    public IReadOnlyList<FlowCategory> Categories { get; }

    /// <summary>What is wrong in its Flow JSON (<c>validation_errors</c>); empty when nothing is (or the field was not read).</summary>
    public IReadOnlyList<FlowValidationError> ValidationErrors { get; }

    /// <summary>The Flow JSON version of its uploaded JSON (<c>json_version</c>), e.g. <c>7.2</c>.</summary>
    public string? JsonVersion { get; }

    /// <summary>The data-exchange protocol version (<c>data_api_version</c>, <c>3.0</c>) of a flow with an endpoint.</summary>
    public string? DataApiVersion { get; }

    /// <summary>The data-exchange endpoint WhatsApp calls (<c>endpoint_uri</c>, formerly <c>data_channel_uri</c>).</summary>
    public Uri? EndpointUri { get; }

    /// <summary>A link that previews the flow in a browser (<c>preview</c>).</summary>
    public FlowPreview? Preview { get; }

    /// <summary>Whether messages with the flow can be sent, and what blocks them (<c>health_status</c>).</summary>
    public FlowHealthStatus? HealthStatus { get; }

    /// <summary>The id of the WhatsApp Business Account that owns the flow (<c>whatsapp_business_account.id</c>).</summary>
    public string? BusinessAccountId { get; }

    /// <summary>The Meta app linked to the flow's endpoint (<c>application</c>).</summary>
    public FlowApplication? Application { get; }
}
