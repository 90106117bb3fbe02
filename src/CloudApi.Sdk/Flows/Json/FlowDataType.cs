using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// The type of a field of a screen's data model (<c>type</c>, as in JSON Schema).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowDataType>))]
public readonly partial struct FlowDataType
{
    /// <summary><c>string</c>: A string.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the JSON Schema type.")]
    public static FlowDataType String { get; } = new("string");

    /// <summary><c>number</c>: A number.</summary>
    public static FlowDataType Number { get; } = new("number");

    /// <summary><c>boolean</c>: A boolean.</summary>
    public static FlowDataType Boolean { get; } = new("boolean");

    /// <summary><c>object</c>: An object with <c>properties</c>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the JSON Schema type.")]
    public static FlowDataType Object { get; } = new("object");

    /// <summary><c>array</c>: An array of <c>items</c>.</summary>
    public static FlowDataType Array { get; } = new("array");
}
