using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// How an image fits its box (<c>scale-type</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowScaleType>))]
public readonly partial struct FlowScaleType
{
    /// <summary><c>cover</c>: Fills the box; the image may be cropped.</summary>
    public static FlowScaleType Cover { get; } = new("cover");

    /// <summary><c>contain</c>: Fits inside the box; the whole image shows.</summary>
    public static FlowScaleType Contain { get; } = new("contain");
}
