using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// The <c>message_status</c> of an accepted send. String-backed, so a value Meta adds later is kept, not rejected.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<MessageStatus>))]
public readonly partial struct MessageStatus
{
    /// <summary>The message was accepted for delivery.</summary>
    public static MessageStatus Accepted { get; } = new("accepted");

    /// <summary>A template message is held while Meta assesses its quality (pacing); it is later released or fails with 132015.</summary>
    public static MessageStatus HeldForQualityAssessment { get; } = new("held_for_quality_assessment");

    /// <summary>The message's delivery is paused (<c>paused</c>, Meta's spec of the Marketing Messages API).</summary>
    public static MessageStatus Paused { get; } = new("paused");
}
