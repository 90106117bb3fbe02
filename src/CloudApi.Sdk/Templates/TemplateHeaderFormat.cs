using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// The format of a template header (<c>format</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<TemplateHeaderFormat>))]
public readonly partial struct TemplateHeaderFormat
{
    /// <summary><c>TEXT</c>: A text header (up to 60 characters, at most one variable).</summary>
    public static TemplateHeaderFormat Text { get; } = new("TEXT");

    /// <summary><c>IMAGE</c>: An image header.</summary>
    public static TemplateHeaderFormat Image { get; } = new("IMAGE");

    /// <summary><c>VIDEO</c>: A video header.</summary>
    public static TemplateHeaderFormat Video { get; } = new("VIDEO");

    /// <summary><c>DOCUMENT</c>: A document header.</summary>
    public static TemplateHeaderFormat Document { get; } = new("DOCUMENT");

    /// <summary><c>LOCATION</c>: A location header (utility and marketing templates only).</summary>
    public static TemplateHeaderFormat Location { get; } = new("LOCATION");

    /// <summary><c>GIF</c>: A GIF header (Marketing Messages API).</summary>
    public static TemplateHeaderFormat Gif { get; } = new("GIF");
}
