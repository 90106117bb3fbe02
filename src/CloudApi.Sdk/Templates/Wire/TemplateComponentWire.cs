using System.Text.Json;

namespace CloudApi.Sdk.Templates.Wire;

/// <summary>
/// One component of a template definition (<c>HEADER</c>, <c>BODY</c>, <c>FOOTER</c>, <c>BUTTONS</c>), read and written in
/// Meta's shape. Components of other types are never read into it: they stay JSON elements.
/// </summary>
internal sealed class TemplateComponentWire
{
    public string? Type { get; set; }

    public TemplateHeaderFormat? Format { get; set; }

    public string? Text { get; set; }

    public bool? AddSecurityRecommendation { get; set; }

    public int? CodeExpirationMinutes { get; set; }

    /// <summary>Kept as elements: a button of a type the SDK does not know is kept with its own JSON.</summary>
    public List<JsonElement>? Buttons { get; set; }

    public TemplateExampleWire? Example { get; set; }
}
