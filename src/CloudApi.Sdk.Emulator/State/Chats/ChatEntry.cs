using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Emulator.State.Chats;

/// <summary>Who wrote a chat entry.</summary>
internal enum ChatDirection
{
    /// <summary>The business sent it through the messages endpoint.</summary>
    FromBusiness,

    /// <summary>The user sent it (an inbound webhook).</summary>
    FromUser,
}

/// <summary>
/// One message of a conversation as the inbox shows it. Immutable: the store replaces an entry when its state changes.
/// <see cref="Body"/> is the send request (from the business) or the webhook's message object (from the user).
/// </summary>
internal sealed record ChatEntry(
    string Id,
    ChatDirection Direction,
    string Type,
    JsonObject Body,
    DateTimeOffset At,
    DeliveryState Delivery)
{
    /// <summary>Gets the emoji the business reacted with to this (user's) message, if any.</summary>
    public string? BusinessReaction { get; init; }

    /// <summary>Gets the emoji the user reacted with to this (business's) message, if any.</summary>
    public string? UserReaction { get; init; }

    /// <summary>Gets a value indicating whether the business marked this (user's) message read.</summary>
    public bool ReadByBusiness { get; init; }

    /// <summary>Gets the id of the message this one replies to (<c>context</c>), if any.</summary>
    public string? ReplyTo => (Body["context"] as JsonObject)?[Direction == ChatDirection.FromBusiness ? "message_id" : "id"]?.GetValue<string>();
}
