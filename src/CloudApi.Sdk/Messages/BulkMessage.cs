namespace CloudApi.Sdk.Messages;

/// <summary>One message of a bulk send.</summary>
public sealed class BulkMessage
{
    /// <summary>Creates a message of a bulk send.</summary>
    /// <param name="recipient">The recipient: a phone number or a business-scoped user id (both convertible from
    /// <see cref="string"/>, checked by the conversion), or a group.</param>
    /// <param name="message">The content.</param>
    public BulkMessage(WhatsAppRecipient recipient, WhatsAppMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Recipient = recipient;
        Message = message;
    }

    /// <summary>The recipient.</summary>
    public WhatsAppRecipient Recipient { get; }

    /// <summary>The content.</summary>
    public WhatsAppMessage Message { get; }

    /// <summary>Per-message options (sender, reply context, callback data); <see langword="null"/> for defaults.</summary>
    public SendMessageOptions? Options { get; init; }
}
