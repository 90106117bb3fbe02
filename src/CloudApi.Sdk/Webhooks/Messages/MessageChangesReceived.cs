namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// The user edited a message they had sent (<c>type: edit</c>; numbers shared with the WhatsApp Business app).
/// </summary>
public sealed class MessageEditReceived : InboundMessage
{
    internal MessageEditReceived()
    {
    }

    /// <summary>The id of the message edited (<c>edit.original_message_id</c>).</summary>
    public string? OriginalMessageId { get; internal init; }

    /// <summary>
    /// The new content (<c>edit.message</c>), typed like any inbound message (usually a <see cref="TextMessageReceived"/>),
    /// with this event's sender and source; <see langword="null"/> when Meta sent none.
    /// </summary>
    public InboundMessage? EditedMessage { get; internal init; }
}

/// <summary>The user deleted a message they had sent (<c>type: revoke</c>; numbers shared with the WhatsApp Business app).</summary>
public sealed class MessageRevokeReceived : InboundMessage
{
    internal MessageRevokeReceived()
    {
    }

    /// <summary>The id of the message deleted (<c>revoke.original_message_id</c>).</summary>
    public string? OriginalMessageId { get; internal init; }
}
