namespace CloudApi.Sdk.Templates;

/// <summary>
/// The buttons of a template (<c>BUTTONS</c>): at most 10, of which at most 2 URL, 1 phone number and 1 copy-code buttons;
/// quick replies must be grouped together.
/// </summary>
public sealed class TemplateButtons : TemplateDefinitionComponent
{
    /// <summary>Creates the buttons component.</summary>
    /// <param name="buttons">The buttons, in display order.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="buttons"/> is <see langword="null"/> or holds a <see langword="null"/>.</exception>
    public TemplateButtons(IReadOnlyList<TemplateButton> buttons)
    {
        Buttons = TemplateDefinitionChecks.NoNullItems(buttons, "buttons") ?? throw new WhatsAppValidationException("buttons", "buttons is required.");
    }

    /// <inheritdoc/>
    public override string Type => "BUTTONS";

    /// <summary>The buttons in display order (<c>buttons</c>).</summary>
    public IReadOnlyList<TemplateButton> Buttons { get; }
}
