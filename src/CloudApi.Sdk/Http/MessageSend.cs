namespace CloudApi.Sdk.Http;

/// <summary>
/// What the pipeline knows about a message send (<c>POST /{phone-number-id}/messages</c>): the rate limiter keys on the
/// sender and the recipient without re-reading the body, and a failure names the message. It travels in the request's
/// <see cref="HttpRequestMessage.Options"/> under <see cref="Key"/>, so it survives a handler of the user's that replaces the
/// request by a copy (copying its options, as a faithful clone does).
/// </summary>
internal sealed class MessageSend
{
    /// <summary>The key of the send's metadata in <see cref="HttpRequestMessage.Options"/>.</summary>
    public static readonly HttpRequestOptionsKey<MessageSend> Key = new("CloudApi.Sdk.MessageSend");

    /// <param name="phoneNumberId">The sending business phone-number id.</param>
    /// <param name="recipient">The recipient (phone number, BSUID or group id) as the caller wrote it.</param>
    /// <param name="recipientKey">The pair limit's key (<see cref="Messages.WhatsAppRecipient"/>: phone digits or a BSUID's tagged hash), 0 for groups.</param>
    /// <param name="messageType">The message's <c>type</c>.</param>
    /// <param name="bizOpaqueCallbackData">The message's callback data, if any.</param>
    public MessageSend(string phoneNumberId, string recipient, long recipientKey, string messageType, string? bizOpaqueCallbackData)
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

    /// <summary>The send <paramref name="request"/> carries, or <see langword="null"/> when it is not a message send.</summary>
    public static MessageSend? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var send) ? send : null;
}
