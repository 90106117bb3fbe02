namespace CloudApi.Sdk.MarketingMessages;

/// <summary>Optional settings of one marketing message (<c>POST /{phone-number-id}/marketing_messages</c>).</summary>
/// <remarks>
/// Meta's schema for this endpoint allows no reply <c>context</c> and no <c>biz_opaque_callback_data</c>: only the envelope,
/// the template and the two settings below.
/// </remarks>
public sealed class SendMarketingMessageOptions
{
    /// <summary>
    /// <value>The business phone-number id to send from. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value>
    /// </summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>
    /// <value>What Meta does when the Marketing Messages API cannot send the message (<c>product_policy</c>). Default
    /// <see langword="null"/>: not sent, Meta's default (<see cref="MarketingProductPolicy.CloudApiFallback"/>).</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The policy is empty.</exception>
    public MarketingProductPolicy? ProductPolicy
    {
        get;
        init => field = value is { } policy && string.IsNullOrEmpty(policy.Value)
            ? throw new WhatsAppValidationException("product_policy", "product_policy is empty; leave it null for Meta's default.")
            : value;
    }

    /// <summary>
    /// <value>Whether Meta may use the message's activity (reads, clicks) to optimise delivery (<c>message_activity_sharing</c>).
    /// Default <see langword="null"/>: not sent, the account's setting applies.</value>
    /// </summary>
    public bool? MessageActivitySharing { get; init; }
}
