using System.Text.Json;
using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates.Wire;

/// <summary>The body of <c>POST /{waba-id}/upsert_message_templates</c>.</summary>
internal sealed class UpsertTemplatesRequestWire
{
    public string? Name { get; set; }

    public List<string>? Languages { get; set; }

    public TemplateCategory? Category { get; set; }

    public int? MessageSendTtlSeconds { get; set; }

    public List<JsonElement>? Components { get; set; }
}

/// <summary>The answer of an upsert: <c>{"data":[{"id","status","language"}]}</c>.</summary>
internal sealed class UpsertTemplatesResultWire
{
    public List<UpsertedTemplateWire>? Data { get; set; }
}

/// <summary>One language of an upsert's answer.</summary>
internal sealed class UpsertedTemplateWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public TemplateStatus? Status { get; set; }

    public string? Language { get; set; }
}

/// <summary>The answer of <c>GET /{template-id}/compare</c>: <c>{"data":[{"metric","type",...}]}</c>.</summary>
internal sealed class TemplateComparisonWire
{
    public List<TemplateComparisonMetricWire>? Data { get; set; }
}

/// <summary>One compared metric: a ranking (<c>order_by_relative_metric</c>), numbers or strings per template.</summary>
internal sealed class TemplateComparisonMetricWire
{
    public string? Metric { get; set; }

    public string? Type { get; set; }

    public List<string>? OrderByRelativeMetric { get; set; }

    public List<TemplateComparisonNumberWire>? NumberValues { get; set; }

    public List<TemplateComparisonStringWire>? StringValues { get; set; }
}

/// <summary>A template's number for a metric.</summary>
internal sealed class TemplateComparisonNumberWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Key { get; set; }

    public long? Value { get; set; }
}

/// <summary>A template's text for a metric.</summary>
internal sealed class TemplateComparisonStringWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Key { get; set; }

    public string? Value { get; set; }
}

/// <summary>The body of <c>POST /{destination-waba-id}/migrate_message_templates</c>.</summary>
internal sealed class TemplateMigrationRequestWire
{
    public string? SourceWabaId { get; set; }

    public int? PageNumber { get; set; }
}

/// <summary>The answer of a migration: <c>{"migrated_templates":[ids],"failed_templates":{"id":"reason"}}</c>.</summary>
internal sealed class TemplateMigrationResultWire
{
    /// <summary>Ids, as strings or numbers.</summary>
    public List<JsonElement>? MigratedTemplates { get; set; }

    public Dictionary<string, string>? FailedTemplates { get; set; }
}
