using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// The kind of entity a flow's health depends on (<c>health_status.entities[].entity_type</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowHealthEntityType>))]
public readonly partial struct FlowHealthEntityType
{
    /// <summary><c>FLOW</c>: The flow itself.</summary>
    public static FlowHealthEntityType Flow { get; } = new("FLOW");

    /// <summary><c>WABA</c>: The WhatsApp Business Account.</summary>
    public static FlowHealthEntityType BusinessAccount { get; } = new("WABA");

    /// <summary><c>BUSINESS</c>: The Meta business portfolio.</summary>
    public static FlowHealthEntityType Business { get; } = new("BUSINESS");

    /// <summary><c>APP</c>: The Meta app that owns the flow's endpoint.</summary>
    public static FlowHealthEntityType App { get; } = new("APP");
}
