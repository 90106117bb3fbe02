using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// How a CalendarPicker picks dates (<c>mode</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowCalendarMode>))]
public readonly partial struct FlowCalendarMode
{
    /// <summary><c>single</c>: One date.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after Meta's mode value.")]
    public static FlowCalendarMode Single { get; } = new("single");

    /// <summary><c>range</c>: A start and an end date.</summary>
    public static FlowCalendarMode Range { get; } = new("range");
}
