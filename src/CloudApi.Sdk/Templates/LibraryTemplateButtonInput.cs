namespace CloudApi.Sdk.Templates;

/// <summary>
/// The account's value of one button of a library template (an item of <c>library_template_button_inputs</c>): a URL, a
/// phone number, or a one-time-password button's settings. Create one with <see cref="ForUrl"/>, <see cref="ForPhoneNumber"/>
/// or <see cref="ForOtp"/>.
/// </summary>
public sealed class LibraryTemplateButtonInput
{
    private LibraryTemplateButtonInput(TemplateButtonType type)
    {
        Type = type;
    }

    /// <summary>The button type (<c>type</c>): <c>URL</c>, <c>PHONE_NUMBER</c> or <c>OTP</c>.</summary>
    public TemplateButtonType Type { get; }

    /// <summary>The URL's base (<c>url.base_url</c>), for a URL button; it may end with the <c>{{1}}</c> variable.</summary>
    public string? BaseUrl { get; private init; }

    /// <summary>An example of the URL's variable part (<c>url.url_suffix_example</c>), for a URL button with a variable.</summary>
    public string? UrlSuffixExample { get; private init; }

    /// <summary>The phone number (<c>phone_number</c>), for a phone-number button.</summary>
    public string? PhoneNumber { get; private init; }

    /// <summary>The one-time-password kind (<c>otp_type</c>), for an OTP button.</summary>
    public OtpType? OtpType { get; private init; }

    /// <summary>The Android apps that may receive the code (<c>supported_apps</c>), for one-tap and zero-tap buttons; empty otherwise.</summary>
    public IReadOnlyList<TemplateSupportedApp> SupportedApps { get; private init; } = [];

    /// <summary>Whether the business accepted Meta's zero-tap terms (<c>zero_tap_terms_accepted</c>), for zero-tap buttons.</summary>
    public bool? ZeroTapTermsAccepted { get; private init; }

    /// <summary>A URL button's value.</summary>
    /// <param name="baseUrl">The URL (http or https), up to 2,000 characters; it may end with <c>{{1}}</c>.</param>
    /// <param name="urlSuffixExample">An example of the variable part, required when <paramref name="baseUrl"/> has <c>{{1}}</c>.</param>
    /// <returns>The input.</returns>
    /// <exception cref="WhatsAppValidationException">The URL is malformed, or its example is missing.</exception>
    public static LibraryTemplateButtonInput ForUrl(string baseUrl, string? urlSuffixExample = null)
    {
        Validate.Text(baseUrl, 2000, "url.base_url");
        Validate.HttpUri(baseUrl.Replace("{{1}}", "x", StringComparison.Ordinal), "url.base_url");
        if (baseUrl.Contains("{{1}}", StringComparison.Ordinal) && string.IsNullOrEmpty(urlSuffixExample))
        {
            throw new WhatsAppValidationException("url.url_suffix_example", "url.url_suffix_example is required when base_url has the {{1}} variable.");
        }

        return new LibraryTemplateButtonInput(TemplateButtonType.Url) { BaseUrl = baseUrl, UrlSuffixExample = Validate.OptionalText(urlSuffixExample, 2000, "url.url_suffix_example") };
    }

    /// <summary>A phone-number button's value.</summary>
    /// <param name="phoneNumber">The number with its country code, up to 20 characters, e.g. <c>+15550051310</c>.</param>
    /// <returns>The input.</returns>
    /// <exception cref="WhatsAppValidationException">The number is empty or too long.</exception>
    public static LibraryTemplateButtonInput ForPhoneNumber(string phoneNumber)
    {
        Validate.Text(phoneNumber, 20, "phone_number");
        return new LibraryTemplateButtonInput(TemplateButtonType.PhoneNumber) { PhoneNumber = phoneNumber };
    }

    /// <summary>A one-time-password button's settings (authentication library templates).</summary>
    /// <param name="otpType">Copy code, one tap or zero tap.</param>
    /// <param name="supportedApps">The Android apps for one-tap and zero-tap (required for them), up to 5.</param>
    /// <param name="zeroTapTermsAccepted">For zero tap: that the business accepted Meta's zero-tap terms.</param>
    /// <returns>The input.</returns>
    /// <exception cref="WhatsAppValidationException">A one-tap or zero-tap button has no app, or too many.</exception>
    public static LibraryTemplateButtonInput ForOtp(OtpType otpType, IReadOnlyList<TemplateSupportedApp>? supportedApps = null, bool? zeroTapTermsAccepted = null)
    {
        if (string.IsNullOrEmpty(otpType.Value))
        {
            throw new WhatsAppValidationException("otp_type", "otp_type is required.");
        }

        var apps = TemplateDefinitionChecks.NoNullItems(supportedApps, "supported_apps") ?? [];
        Validate.Count(apps.Count, otpType == CloudApi.Sdk.Templates.OtpType.CopyCode ? 0 : 1, 5, "supported_apps");
        return new LibraryTemplateButtonInput(TemplateButtonType.Otp) { OtpType = otpType, SupportedApps = apps, ZeroTapTermsAccepted = zeroTapTermsAccepted };
    }
}
