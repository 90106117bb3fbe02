namespace CloudApi.Sdk.Flows.Wire;

/// <summary>The body of <c>POST /{waba-id}/flows</c>.</summary>
internal sealed class CreateFlowRequestWire
{
    public string? Name { get; set; }

    public List<string>? Categories { get; set; }

    public string? CloneFlowId { get; set; }

    public string? EndpointUri { get; set; }

    /// <summary>The Flow JSON as a string (Meta wants the document as one JSON string value).</summary>
    public string? FlowJson { get; set; }

    public bool? Publish { get; set; }
}

/// <summary>The body of <c>POST /{flow-id}</c> (metadata only).</summary>
internal sealed class UpdateFlowRequestWire
{
    public string? Name { get; set; }

    public List<string>? Categories { get; set; }

    public string? EndpointUri { get; set; }

    public string? ApplicationId { get; set; }
}

/// <summary>The body of <c>POST /{destination-waba-id}/migrate_flows</c>.</summary>
internal sealed class MigrateFlowsRequestWire
{
    public string? SourceWabaId { get; set; }

    public List<string>? SourceFlowNames { get; set; }
}
