namespace CloudApi.Sdk.Templates;

/// <summary>A button that calls a phone number (<c>PHONE_NUMBER</c>).</summary>
public sealed record TemplatePhoneNumberButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="text">The label, up to 25 characters.</param>
    /// <param name="phoneNumber">The number with its country code, up to 20 characters, e.g. <c>+15550051310</c>.</param>
    public TemplatePhoneNumberButton(string text, string phoneNumber)
    {
        Text = text;
        PhoneNumber = phoneNumber;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.PhoneNumber;

    /// <summary>The phone number (<c>phone_number</c>).</summary>
    public string PhoneNumber { get; init; }
}
