using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// The kind of a Flow JSON action (<c>name</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowActionName>))]
public readonly partial struct FlowActionName
{
    /// <summary><c>navigate</c>: Goes to another screen, with a payload for its data.</summary>
    public static FlowActionName Navigate { get; } = new("navigate");

    /// <summary><c>data_exchange</c>: Sends the payload to the business endpoint, which answers with the next screen.</summary>
    public static FlowActionName DataExchange { get; } = new("data_exchange");

    /// <summary><c>complete</c>: Ends the flow and sends the payload to the chat as the reply.</summary>
    public static FlowActionName Complete { get; } = new("complete");

    /// <summary><c>update_data</c>: Updates the screen's data on the device (Flow JSON 6.0+).</summary>
    public static FlowActionName UpdateData { get; } = new("update_data");

    /// <summary><c>open_url</c>: Opens a link (Flow JSON 6.0+).</summary>
    public static FlowActionName OpenUrl { get; } = new("open_url");
}
