namespace CloudApi.Sdk.Messages;

/// <summary>One message of a bulk send.</summary>
public sealed class BulkMessage
{
    /// <summary>Creates a message of a bulk send.</summary>
    /// <param name="recipient">The recipient's phone number with its country code; checked when the message is sent.</param>
    /// <param name="message">The content.</param>
    public BulkMessage(string recipient, WhatsAppMessage message)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(message);
        Recipient = recipient;
        Message = message;
    }

    /// <summary>The recipient's phone number with its country code.</summary>
    public string Recipient { get; }

    /// <summary>The content.</summary>
    public WhatsAppMessage Message { get; }

    /// <summary>Per-message options (sender, reply context, callback data); <see langword="null"/> for defaults.</summary>
    public SendMessageOptions? Options { get; init; }
}
