using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>A WhatsApp Flow of a WABA: its metadata, its Flow JSON (when uploaded) and that JSON's validation errors.</summary>
internal sealed class StoredFlow
{
    public required string Id { get; init; }

    public required string BusinessAccountId { get; init; }

    public required string Name { get; set; }

    public required List<string> Categories { get; set; }

    /// <summary><c>DRAFT</c>, <c>PUBLISHED</c> or <c>DEPRECATED</c>.</summary>
    public string Status { get; set; } = "DRAFT";

    public string? EndpointUri { get; set; }

    public string? ApplicationId { get; set; }

    /// <summary>The uploaded Flow JSON, as uploaded; <see langword="null"/> before the first upload.</summary>
    public string? FlowJson { get; set; }

    /// <summary>The <c>validation_errors</c> of <see cref="FlowJson"/> (empty when valid or not uploaded).</summary>
    public JsonArray ValidationErrors { get; set; } = [];

    public string? JsonVersion { get; set; }

    public string? DataApiVersion { get; set; }

    /// <summary>The metadata of a list item (<c>GET /{waba-id}/flows</c>).</summary>
    public JsonObject ToListJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["status"] = Status,
        ["categories"] = new JsonArray([.. Categories.Select(c => (JsonNode)c)]),
        ["validation_errors"] = ValidationErrors.DeepClone(),
    };
}
