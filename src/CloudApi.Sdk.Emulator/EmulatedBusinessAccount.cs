namespace CloudApi.Sdk.Emulator;

/// <summary>A WhatsApp Business Account (WABA) of the emulator.</summary>
public sealed class EmulatedBusinessAccount
{
    /// <summary>Gets or sets the WABA id.</summary>
    /// <value>Default <c>200000000000001</c>.</value>
    public string Id { get; set; } = "200000000000001";

    /// <summary>Gets or sets the account name.</summary>
    /// <value>Default <c>Emulated WABA</c>.</value>
    public string Name { get; set; } = "Emulated WABA";

    /// <summary>Gets or sets the currency reported by <c>GET /{waba-id}</c>.</summary>
    /// <value>Default <c>USD</c>.</value>
    public string Currency { get; set; } = "USD";

    /// <summary>Gets or sets the time-zone id reported by <c>GET /{waba-id}</c>.</summary>
    /// <value>Default <c>1</c>.</value>
    public string TimezoneId { get; set; } = "1";

    /// <summary>
    /// Gets or sets the account's Marketing Messages API onboarding status (<c>marketing_messages_onboarding_status</c>);
    /// sends to <c>/marketing_messages</c> from an account that is not <c>ONBOARDED</c> fail with 134102.
    /// </summary>
    /// <value>Default <c>ONBOARDED</c>.</value>
    public string MarketingMessagesOnboardingStatus { get; set; } = "ONBOARDED";
}
