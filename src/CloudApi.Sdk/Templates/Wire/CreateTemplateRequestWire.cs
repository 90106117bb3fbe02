using System.Text.Json;

namespace CloudApi.Sdk.Templates.Wire;

/// <summary>The body of <c>POST /{waba-id}/message_templates</c>.</summary>
internal sealed class CreateTemplateRequestWire
{
    public string? Name { get; set; }

    public string? Language { get; set; }

    public TemplateCategory? Category { get; set; }

    public TemplateParameterFormat? ParameterFormat { get; set; }

    public int? MessageSendTtlSeconds { get; set; }

    public List<JsonElement>? Components { get; set; }
}
