using System.Text.Json;
using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates.Wire;

/// <summary>A template as Meta answers it (<c>GET /{template-id}</c>, an item of <c>GET /{waba-id}/message_templates</c>).</summary>
internal sealed class MessageTemplateWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Language { get; set; }

    public TemplateStatus? Status { get; set; }

    public TemplateCategory? Category { get; set; }

    public TemplateParameterFormat? ParameterFormat { get; set; }

    /// <summary>Kept as elements: a component of a type the SDK does not know is kept with its own JSON.</summary>
    public List<JsonElement>? Components { get; set; }

    public TemplateQualityScoreWire? QualityScore { get; set; }

    public TemplateRejectionReason? RejectedReason { get; set; }
}
