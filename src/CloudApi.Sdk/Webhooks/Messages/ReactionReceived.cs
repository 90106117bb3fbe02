namespace CloudApi.Sdk.Webhooks;

/// <summary>The user reacted to a message, or removed their reaction (<c>type: reaction</c>).</summary>
public sealed record ReactionReceived : InboundMessage
{
    /// <summary>The id of the message reacted to (<c>reaction.message_id</c>).</summary>
    public string? ReactedMessageId { get; init; }

    /// <summary>The emoji (<c>reaction.emoji</c>); <see langword="null"/> or empty when the reaction was removed.</summary>
    public string? Emoji { get; init; }

    /// <summary>Whether this removes the user's reaction (no emoji).</summary>
    public bool IsRemoved => string.IsNullOrEmpty(Emoji);
}
