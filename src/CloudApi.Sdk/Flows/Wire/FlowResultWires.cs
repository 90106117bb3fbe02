using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows.Wire;

/// <summary>The answer of <c>POST /{waba-id}/flows</c>: <c>{"id":"...","success":true,"validation_errors":[...]}</c>.</summary>
internal sealed class CreateFlowResultWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public bool? Success { get; set; }

    public List<FlowValidationErrorWire>? ValidationErrors { get; set; }
}

/// <summary>The answer of <c>POST /{flow-id}/assets</c>: <c>{"success":true,"validation_errors":[...]}</c>.</summary>
internal sealed class FlowJsonUploadResultWire
{
    public bool? Success { get; set; }

    public List<FlowValidationErrorWire>? ValidationErrors { get; set; }
}

/// <summary>An item of <c>GET /{flow-id}/assets</c>.</summary>
internal sealed class FlowAssetWire
{
    public string? Name { get; set; }

    public string? AssetType { get; set; }

    public string? DownloadUrl { get; set; }
}

/// <summary>The answer of <c>POST /{waba-id}/migrate_flows</c>.</summary>
internal sealed class MigrateFlowsResultWire
{
    public List<MigratedFlowWire>? MigratedFlows { get; set; }

    public List<FailedFlowMigrationWire>? FailedFlows { get; set; }
}

/// <summary>An item of <c>migrated_flows</c>.</summary>
internal sealed class MigratedFlowWire
{
    public string? SourceName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? SourceId { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? MigratedId { get; set; }
}

/// <summary>An item of <c>failed_flows</c>.</summary>
internal sealed class FailedFlowMigrationWire
{
    public string? SourceName { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }
}

/// <summary>The answer of <c>GET /{flow-id}?fields=metric.name(...)...</c>: <c>{"id":"...","metric":{...}}</c>.</summary>
internal sealed class FlowMetricAnswerWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public FlowMetricWire? Metric { get; set; }
}

/// <summary>The <c>metric</c> object.</summary>
internal sealed class FlowMetricWire
{
    public FlowMetricName? Name { get; set; }

    public FlowMetricGranularity? Granularity { get; set; }

    public List<FlowMetricDataPointWire>? DataPoints { get; set; }
}

/// <summary>An item of <c>metric.data_points</c>.</summary>
internal sealed class FlowMetricDataPointWire
{
    [JsonConverter(typeof(GraphTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    public List<FlowMetricValueWire>? Data { get; set; }
}

/// <summary>An item of <c>metric.data_points[].data</c>: <c>{"key":"value","value":138}</c>.</summary>
internal sealed class FlowMetricValueWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Key { get; set; }

    public decimal? Value { get; set; }
}

/// <summary>The answer of <c>GET /{phone-number-id}/whatsapp_business_encryption</c>: <c>{"data":[{...}]}</c>.</summary>
internal sealed class BusinessPublicKeyAnswerWire
{
    public List<BusinessPublicKeyWire>? Data { get; set; }
}

/// <summary>An item of the encryption key answer.</summary>
internal sealed class BusinessPublicKeyWire
{
    public string? BusinessPublicKey { get; set; }

    public BusinessPublicKeySignatureStatus? BusinessPublicKeySignatureStatus { get; set; }
}
