using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// The lifecycle status of a WhatsApp Flow (<c>status</c>): <c>DRAFT</c>, then <c>PUBLISHED</c> (immutable), then <c>DEPRECATED</c>.
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowStatus>))]
public readonly partial struct FlowStatus
{
    /// <summary><c>DRAFT</c>: Being edited; it can be sent only in draft mode, for testing, and it can be deleted.</summary>
    public static FlowStatus Draft { get; } = new("DRAFT");

    /// <summary><c>PUBLISHED</c>: Published: it can be sent; its Flow JSON and assets can no longer change.</summary>
    public static FlowStatus Published { get; } = new("PUBLISHED");

    /// <summary><c>DEPRECATED</c>: Deprecated: it can no longer be sent or opened.</summary>
    public static FlowStatus Deprecated { get; } = new("DEPRECATED");

    /// <summary><c>BLOCKED</c>: Blocked by Meta's endpoint health monitoring (sends fail with 132068).</summary>
    public static FlowStatus Blocked { get; } = new("BLOCKED");

    /// <summary><c>THROTTLED</c>: Throttled by Meta's endpoint health monitoring: at most 10 messages an hour (then 132069).</summary>
    public static FlowStatus Throttled { get; } = new("THROTTLED");
}
