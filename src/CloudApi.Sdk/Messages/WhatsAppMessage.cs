using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// The content of one outbound message (text, image, template, interactive, ...). Instances are immutable and are
/// validated when they are created, so an instance that exists can be sent. Send it with
/// <see cref="IMessagesClient.SendAsync(string, WhatsAppMessage, SendMessageOptions?, CancellationToken)"/>.
/// </summary>
public abstract class WhatsAppMessage
{
    private protected WhatsAppMessage()
    {
    }

    /// <summary>The value of the request's <c>type</c> field, e.g. <c>text</c> or <c>interactive</c>.</summary>
    public abstract string Type { get; }

    /// <summary>The pre-encoded <see cref="Type"/>, written on every send.</summary>
    internal virtual JsonEncodedText EncodedType => JsonEncodedText.Encode(Type);

    /// <summary>Whether the message may quote another (<c>context.message_id</c>). Reactions may not.</summary>
    internal virtual bool SupportsReplyContext => true;

    /// <summary>Writes the type-specific property (e.g. <c>"text":{...}</c>) into the request object.</summary>
    internal abstract void WriteContent(Utf8JsonWriter writer);
}
