namespace CloudApi.Sdk.Templates;

/// <summary>
/// A button of a template: <see cref="TemplateQuickReplyButton"/>, <see cref="TemplateUrlButton"/>, <see cref="TemplatePhoneNumberButton"/>,
/// <see cref="TemplateCopyCodeButton"/>, <see cref="TemplateOtpButton"/>, <see cref="TemplateFlowButton"/>, <see cref="TemplateVoiceCallButton"/>,
/// <see cref="TemplateCallPermissionRequestButton"/>, or a
/// <see cref="RawTemplateButton"/> for kinds this SDK does not type.
/// </summary>
public abstract class TemplateButton
{
    private protected TemplateButton()
    {
    }

    /// <summary>The button's <c>type</c>.</summary>
    public abstract TemplateButtonType Type { get; }

    /// <summary><value>The button label (<c>text</c>), up to 25 characters. Default <see langword="null"/>: not sent.</value></summary>
    public string? Text { get; init; }
}
