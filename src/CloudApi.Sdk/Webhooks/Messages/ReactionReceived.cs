namespace CloudApi.Sdk.Webhooks;

/// <summary>The user reacted to a message, or removed their reaction (<c>type: reaction</c>).</summary>
public sealed class ReactionReceived : InboundMessage
{
    internal ReactionReceived()
    {
    }

    /// <summary>The id of the message reacted to (<c>reaction.message_id</c>).</summary>
    public string? ReactedMessageId { get; internal init; }

    /// <summary>The emoji (<c>reaction.emoji</c>); <see langword="null"/> or empty when the reaction was removed.</summary>
    public string? Emoji { get; internal init; }

    /// <summary>Whether this removes the user's reaction (no emoji).</summary>
    public bool IsRemoved => string.IsNullOrEmpty(Emoji);
}
