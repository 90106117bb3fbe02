namespace CloudApi.Sdk.Templates;

/// <summary>The one-time-passcode button of an authentication template (<c>OTP</c>).</summary>
public sealed record TemplateOtpButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="otpType">How the code reaches the user or app.</param>
    public TemplateOtpButton(OtpType otpType)
    {
        OtpType = otpType;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.Otp;

    /// <summary>The kind of passcode button (<c>otp_type</c>).</summary>
    public OtpType OtpType { get; init; }

    /// <summary>One-tap: the autofill button label (<c>autofill_text</c>).</summary>
    public string? AutofillText { get; init; }

    /// <summary>One-tap and zero-tap: the Android package name of your app (<c>package_name</c>).</summary>
    public string? PackageName { get; init; }

    /// <summary>One-tap and zero-tap: your app's signing key hash (<c>signature_hash</c>).</summary>
    public string? SignatureHash { get; init; }
}
