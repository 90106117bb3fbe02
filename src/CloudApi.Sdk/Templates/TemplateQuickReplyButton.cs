namespace CloudApi.Sdk.Templates;

/// <summary>A quick-reply button (<c>QUICK_REPLY</c>): the user's tap comes back as a webhook with its text or payload.</summary>
public sealed class TemplateQuickReplyButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="text">The label, up to 25 characters.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public TemplateQuickReplyButton(string text)
    {
        Text = TemplateDefinitionChecks.Required(text, "text");
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.QuickReply;
}
