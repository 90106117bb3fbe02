namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>The rule of a two-step verification PIN, shared by registration and <see cref="IPhoneNumbersClient.SetTwoStepPinAsync"/>.</summary>
internal static class TwoStepPin
{
    public const int Length = 6;

    /// <summary>The PIN never appears in the exception message.</summary>
    public static void Validate(string? pin)
    {
        if (pin is not { Length: Length } || !pin.All(char.IsAsciiDigit))
        {
            throw new WhatsAppValidationException("pin", "pin must be exactly 6 digits.", Length);
        }
    }
}
