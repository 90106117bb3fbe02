namespace CloudApi.Sdk.Templates;

/// <summary>A button that copies a code such as a coupon (<c>COPY_CODE</c>); the code is given at send time.</summary>
public sealed class TemplateCopyCodeButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="example">An example code, up to 15 characters.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="example"/> is <see langword="null"/>.</exception>
    public TemplateCopyCodeButton(string example)
    {
        Example = TemplateDefinitionChecks.Required(example, "example");
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.CopyCode;

    /// <summary>The example code (<c>example</c>).</summary>
    public string Example { get; }
}
