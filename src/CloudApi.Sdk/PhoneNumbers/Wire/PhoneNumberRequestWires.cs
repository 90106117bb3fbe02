namespace CloudApi.Sdk.PhoneNumbers.Wire;

/// <summary>The body of <c>POST /{phone-number-id}/register</c>.</summary>
internal sealed class RegisterPhoneNumberWire
{
    public string MessagingProduct { get; set; } = "whatsapp";

    public string? Pin { get; set; }

    public string? DataLocalizationRegion { get; set; }
}

/// <summary>The body of <c>POST /{phone-number-id}</c> that sets the two-step verification PIN.</summary>
internal sealed class TwoStepPinWire
{
    public string? Pin { get; set; }
}

/// <summary>The body of <c>POST /{phone-number-id}/whatsapp_business_profile</c>.</summary>
internal sealed class BusinessProfileUpdateWire
{
    public string MessagingProduct { get; set; } = "whatsapp";

    public string? About { get; set; }

    public string? Address { get; set; }

    public string? Description { get; set; }

    public string? Email { get; set; }

    public IReadOnlyList<string>? Websites { get; set; }

    public BusinessVertical? Vertical { get; set; }

    public string? ProfilePictureHandle { get; set; }
}
