namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>The registration of a number for the Cloud API (<c>POST /{phone-number-id}/register</c>), checked when it is built.</summary>
public sealed class RegisterPhoneNumberRequest
{
    /// <summary>Creates a registration.</summary>
    /// <param name="pin">The two-step verification PIN to set: exactly 6 digits. It never appears in an exception or <see cref="object.ToString"/>.</param>
    /// <exception cref="WhatsAppValidationException">The PIN is not 6 digits.</exception>
    public RegisterPhoneNumberRequest(string pin)
    {
        TwoStepPin.Validate(pin);
        Pin = pin;
    }

    /// <summary>The two-step verification PIN (<c>pin</c>).</summary>
    public string Pin { get; }

    /// <summary>
    /// <value>Where Meta stores message data at rest, as a two-letter upper-case country code (<c>data_localization_region</c>),
    /// e.g. <c>DE</c>, <c>IN</c>, <c>BR</c>. Default <see langword="null"/>: no local storage.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The value is not two upper-case letters.</exception>
    public string? DataLocalizationRegion
    {
        get;
        init
        {
            if (value is not null && (value.Length != 2 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1])))
            {
                throw new WhatsAppValidationException("data_localization_region", $"data_localization_region '{value}' must be a two-letter upper-case country code such as DE.");
            }

            field = value;
        }
    }

    /// <summary>Describes the registration without the PIN.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"RegisterPhoneNumberRequest {{ Pin = ***, DataLocalizationRegion = {DataLocalizationRegion} }}";
}
