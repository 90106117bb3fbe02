namespace CloudApi.Sdk.Templates;

/// <summary>A button that calls a phone number (<c>PHONE_NUMBER</c>).</summary>
public sealed class TemplatePhoneNumberButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="text">The label, up to 25 characters.</param>
    /// <param name="phoneNumber">The number with its country code, up to 20 characters, e.g. <c>+15550051310</c>.</param>
    /// <exception cref="WhatsAppValidationException">A value is <see langword="null"/>.</exception>
    public TemplatePhoneNumberButton(string text, string phoneNumber)
    {
        Text = TemplateDefinitionChecks.Required(text, "text");
        PhoneNumber = TemplateDefinitionChecks.Required(phoneNumber, "phone_number");
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.PhoneNumber;

    /// <summary>The phone number (<c>phone_number</c>).</summary>
    public string PhoneNumber { get; }
}
