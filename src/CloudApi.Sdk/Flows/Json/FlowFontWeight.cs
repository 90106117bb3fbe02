using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// The weight of a TextBody or TextCaption (<c>font-weight</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowFontWeight>))]
public readonly partial struct FlowFontWeight
{
    /// <summary><c>bold</c>: Bold.</summary>
    public static FlowFontWeight Bold { get; } = new("bold");

    /// <summary><c>italic</c>: Italic.</summary>
    public static FlowFontWeight Italic { get; } = new("italic");

    /// <summary><c>bold_italic</c>: Bold and italic.</summary>
    public static FlowFontWeight BoldItalic { get; } = new("bold_italic");

    /// <summary><c>normal</c>: Regular weight.</summary>
    public static FlowFontWeight Normal { get; } = new("normal");
}
