using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// Whether a flow, or an entity it depends on, can be sent (<c>health_status.can_send_message</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowSendAvailability>))]
public readonly partial struct FlowSendAvailability
{
    /// <summary><c>AVAILABLE</c>: Messages with the flow can be sent.</summary>
    public static FlowSendAvailability Available { get; } = new("AVAILABLE");

    /// <summary><c>LIMITED</c>: Messages can be sent with limits (see the entity's errors).</summary>
    public static FlowSendAvailability Limited { get; } = new("LIMITED");

    /// <summary><c>BLOCKED</c>: Messages with the flow cannot be sent (see the entity's errors).</summary>
    public static FlowSendAvailability Blocked { get; } = new("BLOCKED");
}
