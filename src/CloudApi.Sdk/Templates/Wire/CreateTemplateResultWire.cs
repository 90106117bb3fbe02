using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates.Wire;

/// <summary>Meta's answer to <c>POST /{waba-id}/message_templates</c>: <c>{"id":"...","status":"PENDING","category":"MARKETING"}</c>.</summary>
internal sealed class CreateTemplateResultWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public TemplateStatus? Status { get; set; }

    public TemplateCategory? Category { get; set; }
}
