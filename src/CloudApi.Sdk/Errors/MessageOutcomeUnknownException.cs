namespace CloudApi.Sdk;

/// <summary>
/// A message send failed in a way that does not tell whether Meta accepted it: a timeout or a broken connection after
/// the request was written, or a 5xx answer. The message <b>may have been sent</b>. The SDK never retries such a send
/// by itself, because a retry could deliver it twice; decide here (for example, check the status webhooks for
/// <see cref="BizOpaqueCallbackData"/> before resending).
/// </summary>
public sealed class MessageOutcomeUnknownException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="phoneNumberId">The business phone-number id that sent.</param>
    /// <param name="recipient">The <c>to</c> of the message.</param>
    /// <param name="messageType">The message's <c>type</c>.</param>
    /// <param name="bizOpaqueCallbackData">The callback data the message carried, if any.</param>
    /// <param name="reason">Why the outcome is unknown.</param>
    /// <param name="innerException">The failure: a <see cref="WhatsAppApiException"/> for a 5xx, else the transport error.</param>
    public MessageOutcomeUnknownException(string phoneNumberId, string recipient, string messageType, string? bizOpaqueCallbackData, string reason, Exception? innerException)
        : base($"The {messageType} message from phone-number id {phoneNumberId} to {recipient} may have been sent: {reason}. It was not retried, to avoid a duplicate.", innerException)
    {
        PhoneNumberId = phoneNumberId;
        Recipient = recipient;
        MessageType = messageType;
        BizOpaqueCallbackData = bizOpaqueCallbackData;
        Reason = reason;
    }

    /// <summary>The business phone-number id that sent.</summary>
    public string PhoneNumberId { get; }

    /// <summary>The recipient (<c>to</c>) of the message.</summary>
    public string Recipient { get; }

    /// <summary>The message <c>type</c> (<c>text</c>, <c>template</c>, ...).</summary>
    public string MessageType { get; }

    /// <summary>The <c>biz_opaque_callback_data</c> the message carried; status webhooks echo it, which helps find out whether it went.</summary>
    public string? BizOpaqueCallbackData { get; }

    /// <summary>Why the outcome cannot be known.</summary>
    public string Reason { get; }
}
