using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates.Wire;

/// <summary>An element of <c>GET /message_template_library</c>'s <c>data</c>.</summary>
internal sealed class LibraryTemplateWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Language { get; set; }

    public TemplateCategory? Category { get; set; }

    public string? Topic { get; set; }

    public string? Usecase { get; set; }

    public string? Industry { get; set; }

    public string? Header { get; set; }

    public string? Body { get; set; }

    public List<string>? BodyParams { get; set; }

    public List<LibraryTemplateButtonWire>? Buttons { get; set; }
}

/// <summary>A button of a library template.</summary>
internal sealed class LibraryTemplateButtonWire
{
    public string? Type { get; set; }

    public string? Text { get; set; }

    public string? Url { get; set; }

    public string? PhoneNumber { get; set; }
}
