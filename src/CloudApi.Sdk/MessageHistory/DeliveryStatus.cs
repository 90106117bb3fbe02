using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.MessageHistory;

/// <summary>
/// A delivery status in a message's history (<c>delivery_status</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<DeliveryStatus>))]
public readonly partial struct DeliveryStatus
{
    /// <summary><c>SENT</c>: Meta sent the message.</summary>
    public static DeliveryStatus Sent { get; } = new("SENT");

    /// <summary><c>DELIVERED</c>: the message reached the user's device.</summary>
    public static DeliveryStatus Delivered { get; } = new("DELIVERED");

    /// <summary><c>READ</c>: the user read the message.</summary>
    public static DeliveryStatus Read { get; } = new("READ");

    /// <summary><c>FAILED</c>: the message could not be delivered.</summary>
    public static DeliveryStatus Failed { get; } = new("FAILED");

    /// <summary><c>DELETED</c>: the message was deleted.</summary>
    public static DeliveryStatus Deleted { get; } = new("DELETED");
}
