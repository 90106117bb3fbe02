namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>A number to add to a WhatsApp Business Account (<c>POST /{waba-id}/phone_numbers</c>); it then needs a code and registration.</summary>
public sealed class CreatePhoneNumberRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="countryCode">The country calling code without <c>+</c> (<c>cc</c>), e.g. <c>1</c>.</param>
    /// <param name="phoneNumber">The number (<c>phone_number</c>), with or without the country code.</param>
    /// <param name="verifiedName">The display name to review (<c>verified_name</c>), 2 to 75 characters.</param>
    /// <exception cref="WhatsAppValidationException">A value is missing or malformed.</exception>
    public CreatePhoneNumberRequest(string countryCode, string phoneNumber, string verifiedName)
    {
        if (string.IsNullOrEmpty(countryCode) || countryCode.Length > 4 || !countryCode.All(char.IsAsciiDigit))
        {
            throw new WhatsAppValidationException("cc", $"cc '{countryCode}' must be the country calling code: 1 to 4 digits, without '+'.");
        }

        Validate.Text(phoneNumber, 20, "phone_number");
        if (phoneNumber.Count(char.IsAsciiDigit) < 4 || !phoneNumber.All(static c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))
        {
            throw new WhatsAppValidationException("phone_number", $"phone_number '{phoneNumber}' is not a phone number.");
        }

        Validate.Text(verifiedName, PhoneNumberUpdate.MaxDisplayNameLength, "verified_name");
        if (verifiedName.Trim().Length < PhoneNumberUpdate.MinDisplayNameLength)
        {
            throw new WhatsAppValidationException("verified_name", "verified_name must have at least 2 characters.", PhoneNumberUpdate.MinDisplayNameLength);
        }

        CountryCode = countryCode;
        PhoneNumber = phoneNumber;
        VerifiedName = verifiedName;
    }

    /// <summary>The country calling code (<c>cc</c>).</summary>
    public string CountryCode { get; }

    /// <summary>The number (<c>phone_number</c>).</summary>
    public string PhoneNumber { get; }

    /// <summary>The display name to review (<c>verified_name</c>).</summary>
    public string VerifiedName { get; }

    /// <summary><value>Whether the number moves from another account or provider (<c>migrate_phone_number</c>). Default <see langword="null"/>: no.</value></summary>
    public bool? MigratePhoneNumber { get; init; }

    /// <summary><value>A pre-verified number's id to use (<c>preverified_id</c>). Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The id is empty.</exception>
    public string? PreverifiedId { get; init => field = Validate.OptionalText(value, 64, "preverified_id"); }
}
