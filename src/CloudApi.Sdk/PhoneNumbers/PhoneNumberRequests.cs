namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>The body of <c>POST /{phone-number-id}/register</c>.</summary>
internal sealed class RegisterRequest
{
    public string MessagingProduct { get; init; } = "whatsapp";

    public required string Pin { get; init; }

    public string? DataLocalizationRegion { get; init; }
}

/// <summary>The body of <c>POST /{phone-number-id}</c> that sets the two-step verification PIN.</summary>
internal sealed class TwoStepPinRequest
{
    public required string Pin { get; init; }
}

/// <summary>The body of <c>POST /{phone-number-id}/whatsapp_business_profile</c>.</summary>
internal sealed class BusinessProfileUpdateRequest
{
    public string MessagingProduct { get; init; } = "whatsapp";

    public string? About { get; init; }

    public string? Address { get; init; }

    public string? Description { get; init; }

    public string? Email { get; init; }

    public IReadOnlyList<string>? Websites { get; init; }

    public BusinessVertical? Vertical { get; init; }

    public string? ProfilePictureHandle { get; init; }
}
