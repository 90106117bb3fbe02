namespace CloudApi.Sdk.Http;

/// <summary>
/// What the pipeline knows about a message send: attached to the request (<see cref="Key"/>) so that handlers
/// (the rate limiter) can key on the sender and the recipient without re-reading the body.
/// </summary>
/// <param name="PhoneNumberId">The sending business phone-number id.</param>
/// <param name="Recipient">The <c>to</c> as the caller wrote it.</param>
/// <param name="RecipientKey">The recipient's digits as a number (a compact key for the pair limit), 0 for non-phone recipients such as groups.</param>
/// <param name="MessageType">The message's <c>type</c>.</param>
/// <param name="BizOpaqueCallbackData">The message's callback data, if any.</param>
internal sealed record OutboundMessageInfo(string PhoneNumberId, string Recipient, long RecipientKey, string MessageType, string? BizOpaqueCallbackData)
{
    public static readonly HttpRequestOptionsKey<OutboundMessageInfo> Key = new("CloudApi.Sdk.OutboundMessage");
}
