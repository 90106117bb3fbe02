using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// The content of one outbound message (text, image, template, interactive, ...). Instances are immutable and are
/// validated when they are created: required values are constructor parameters, optional ones <c>init</c> properties
/// that check their value when set, so an instance that exists can be sent. Send it with
/// <see cref="IMessagesClient.SendAsync(WhatsAppRecipient, WhatsAppMessage, SendMessageOptions?, CancellationToken)"/>.
/// </summary>
public abstract partial class WhatsAppMessage
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
}
