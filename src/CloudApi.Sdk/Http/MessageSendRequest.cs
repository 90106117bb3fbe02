namespace CloudApi.Sdk.Http;

/// <summary>
/// The request of a message send (<c>POST /{phone-number-id}/messages</c>), carrying what the pipeline needs to know
/// about it: the rate limiter keys on the sender and the recipient without re-reading the body, and a failure names
/// the message. A type of its own rather than an entry in <see cref="HttpRequestMessage.Options"/>: that dictionary
/// cost every send an allocation of a few hundred bytes.
/// </summary>
internal sealed class MessageSendRequest : HttpRequestMessage
{
    /// <param name="uri">The number's messages URI.</param>
    /// <param name="phoneNumberId">The sending business phone-number id.</param>
    /// <param name="recipient">The <c>to</c> as the caller wrote it.</param>
    /// <param name="recipientKey">The recipient's digits as a number (a compact key for the pair limit), 0 for recipients that are not phone numbers.</param>
    /// <param name="messageType">The message's <c>type</c>.</param>
    /// <param name="bizOpaqueCallbackData">The message's callback data, if any.</param>
    public MessageSendRequest(Uri uri, string phoneNumberId, string recipient, long recipientKey, string messageType, string? bizOpaqueCallbackData)
        : base(HttpMethod.Post, uri)
    {
        PhoneNumberId = phoneNumberId;
        Recipient = recipient;
        RecipientKey = recipientKey;
        MessageType = messageType;
        BizOpaqueCallbackData = bizOpaqueCallbackData;
    }

    public string PhoneNumberId { get; }

    public string Recipient { get; }

    public long RecipientKey { get; }

    public string MessageType { get; }

    public string? BizOpaqueCallbackData { get; }
}
