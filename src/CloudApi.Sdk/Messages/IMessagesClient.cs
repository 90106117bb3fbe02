namespace CloudApi.Sdk.Messages;

/// <summary>Sends messages and read receipts from a business phone number (<c>POST /{phone-number-id}/messages</c>).</summary>
public interface IMessagesClient
{
    /// <summary>Sends a message of any type.</summary>
    /// <param name="recipient">The recipient: a phone number with its country code (<c>+16505551234</c>) or a business-scoped
    /// user id (<c>US.13491208655302741918</c>), both convertible from <see cref="string"/>, or <see cref="WhatsAppRecipient.Group"/>.</param>
    /// <param name="message">The message content; it was validated when it was created.</param>
    /// <param name="options">The sender, the message to reply to, callback data; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the send (while it waits for the rate limiter, or in flight).</param>
    /// <returns>The accepted message's id and the recipient as Meta identified it (<c>wa_id</c>, <c>user_id</c> or <c>group_id</c>).</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="recipient"/> or <paramref name="options"/> is invalid, or
    /// the message is of a type a group does not take; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the message (the exception carries the Graph error).</exception>
    /// <exception cref="MessageOutcomeUnknownException">The send failed in a way that does not say whether Meta accepted it.</exception>
    Task<SendMessageResult> SendAsync(WhatsAppRecipient recipient, WhatsAppMessage message, SendMessageOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a text message; the same as <see cref="SendAsync"/> with a <see cref="TextMessage"/>.</summary>
    /// <param name="recipient">The recipient: a phone number, a business-scoped user id, or a group.</param>
    /// <param name="body">The text, 1 to 4,096 characters.</param>
    /// <param name="options">Send options; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The accepted message's id and the recipient as Meta identified it.</returns>
    Task<SendMessageResult> SendTextAsync(WhatsAppRecipient recipient, string body, SendMessageOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Marks an inbound message (and the ones before it) as read, optionally showing a typing indicator.</summary>
    /// <param name="messageId">The wamid of the inbound message.</param>
    /// <param name="options">The phone-number id and typing indicator; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task MarkAsReadAsync(string messageId, MarkAsReadOptions? options = null, CancellationToken cancellationToken = default);
}
