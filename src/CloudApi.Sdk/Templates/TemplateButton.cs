namespace CloudApi.Sdk.Templates;

/// <summary>
/// A button of a template: <see cref="TemplateQuickReplyButton"/>, <see cref="TemplateUrlButton"/>, <see cref="TemplatePhoneNumberButton"/>,
/// <see cref="TemplateCopyCodeButton"/>, <see cref="TemplateOtpButton"/>, <see cref="TemplateFlowButton"/>, or a
/// <see cref="RawTemplateButton"/> for kinds this SDK does not type.
/// </summary>
public abstract record TemplateButton
{
    private protected TemplateButton()
    {
    }

    /// <summary>The button's <c>type</c>.</summary>
    public abstract TemplateButtonType Type { get; }

    /// <summary>The button label (<c>text</c>), up to 25 characters.</summary>
    public string? Text { get; init; }
}
