using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// The format of a template header (<c>format</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[JsonConverter(typeof(StringValueConverter<TemplateHeaderFormat>))]
public readonly record struct TemplateHeaderFormat : IStringValue<TemplateHeaderFormat>
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public TemplateHeaderFormat(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

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

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    static TemplateHeaderFormat IStringValue<TemplateHeaderFormat>.FromString(string value) => new(value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
