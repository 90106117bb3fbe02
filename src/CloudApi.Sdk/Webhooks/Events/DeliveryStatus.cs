using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// A message's delivery <c>status</c> in a status webhook. String-backed, so a status Meta adds later is kept, not rejected.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<DeliveryStatus>))]
public readonly partial struct DeliveryStatus
{
    /// <summary>Meta sent the message to WhatsApp.</summary>
    public static DeliveryStatus Sent { get; } = new("sent");

    /// <summary>The message reached the user's device.</summary>
    public static DeliveryStatus Delivered { get; } = new("delivered");

    /// <summary>The user read the message (may arrive without <see cref="Delivered"/>).</summary>
    public static DeliveryStatus Read { get; } = new("read");

    /// <summary>The message could not be delivered; see <see cref="MessageStatusUpdate.Errors"/>.</summary>
    public static DeliveryStatus Failed { get; } = new("failed");

    /// <summary>The user first played a voice message.</summary>
    public static DeliveryStatus Played { get; } = new("played");
}
