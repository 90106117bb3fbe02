using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.MarketingMessages;

/// <summary>
/// Meta's Marketing Messages API for WhatsApp (formerly "MM Lite"): marketing template messages sent through
/// <c>POST /{phone-number-id}/marketing_messages</c>, which Meta optimises for delivery, and the account's onboarding to it.
/// </summary>
/// <remarks>
/// Sends wait for the same rate limiter as <see cref="IMessagesClient.SendAsync"/> (throughput per number, pair limit per
/// recipient, 131056/130429 backoff) and follow the same outcome rules: a send is re-sent only when Meta provably did not
/// accept it, and a failure that leaves the outcome open is a <see cref="MessageOutcomeUnknownException"/>.
/// </remarks>
public interface IMarketingMessagesClient
{
    /// <summary>Sends a marketing template message through the Marketing Messages API.</summary>
    /// <param name="recipient">The recipient: a phone number with its country code (<c>+16505551234</c>) or a business-scoped
    /// user id (<c>US.13491208655302741918</c>), both convertible from <see cref="string"/>; not a group.</param>
    /// <param name="message">The message of an approved <c>MARKETING</c> template; Meta refuses any other (131055, 134100).</param>
    /// <param name="options">The sender, the product policy and activity sharing; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the send (while it waits for the rate limiter, or in flight).</param>
    /// <returns>The message id, the recipient's WhatsApp id and the <see cref="SendMessageResult.MessageStatus"/>
    /// (<see cref="MessageStatus.Accepted"/>, or <see cref="MessageStatus.HeldForQualityAssessment"/> while Meta paces a template).</returns>
    /// <exception cref="WhatsAppValidationException">The recipient (a group included) or the options are invalid, or (with the template check on)
    /// the template is not a marketing template or does not match the message; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the message: see the <c>MarketingMessages*</c> codes of <see cref="WhatsAppErrorCodes"/>.</exception>
    /// <exception cref="MessageOutcomeUnknownException">The send failed in a way that does not say whether Meta accepted it.</exception>
    Task<SendMessageResult> SendAsync(WhatsAppRecipient recipient, TemplateMessage message, SendMarketingMessageOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads whether an account is onboarded (<c>GET /{waba-id}?fields=marketing_messages_onboarding_status</c>).</summary>
    /// <param name="options">The account; <see langword="null"/> for <see cref="WhatsAppOptions.BusinessAccountId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account's onboarding status.</returns>
    /// <exception cref="WhatsAppValidationException">No usable account id; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the call.</exception>
    Task<MarketingMessagesOnboarding> GetOnboardingStatusAsync(MarketingMessagesRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// A partner asks an end business to onboard to the Marketing Messages API (<c>POST /{business-id}/onboard_partners_to_mm_lite</c>):
    /// Meta creates a business agreement request, or answers the pending one's id.
    /// </summary>
    /// <param name="businessId">The end business's portfolio id (digits).</param>
    /// <param name="options">The partner solution to link (<see cref="MarketingMessagesRequestOptions.SolutionId"/>); <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request's id.</returns>
    /// <exception cref="WhatsAppValidationException">An id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused (e.g. the business is not eligible, or 1752041: already onboarded).</exception>
    Task<MarketingMessagesOnboardingRequest> RequestOnboardingAsync(string businessId, MarketingMessagesRequestOptions? options = null, CancellationToken cancellationToken = default);
}
