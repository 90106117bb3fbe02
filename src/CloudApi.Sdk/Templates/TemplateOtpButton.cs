namespace CloudApi.Sdk.Templates;

/// <summary>The one-time-passcode button of an authentication template (<c>OTP</c>).</summary>
public sealed class TemplateOtpButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="otpType">How the code reaches the user or app.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="otpType"/> is empty.</exception>
    public TemplateOtpButton(OtpType otpType)
    {
        if (string.IsNullOrEmpty(otpType.Value))
        {
            throw new WhatsAppValidationException("otp_type", "otp_type is required.");
        }

        OtpType = otpType;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.Otp;

    /// <summary>The kind of passcode button (<c>otp_type</c>).</summary>
    public OtpType OtpType { get; }

    /// <summary><value>One-tap: the autofill button label (<c>autofill_text</c>). Default <see langword="null"/>: not sent.</value></summary>
    public string? AutofillText { get; init; }

    /// <summary><value>One-tap and zero-tap: the Android package name of your app (<c>package_name</c>). Default <see langword="null"/>: not sent.</value></summary>
    public string? PackageName { get; init; }

    /// <summary><value>One-tap and zero-tap: your app's signing key hash (<c>signature_hash</c>). Default <see langword="null"/>: not sent.</value></summary>
    public string? SignatureHash { get; init; }
}
