using System.Text.Json;

namespace CloudApi.Sdk.Templates.Wire;

/// <summary>The body of <c>POST /{template-id}</c>.</summary>
internal sealed class EditTemplateRequestWire
{
    public TemplateCategory? Category { get; set; }

    public List<JsonElement>? Components { get; set; }

    public int? MessageSendTtlSeconds { get; set; }
}
