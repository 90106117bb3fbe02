namespace CloudApi.Sdk.PhoneNumbers.Wire;

/// <summary>The element of <c>GET /{phone-number-id}/whatsapp_business_profile</c>'s <c>data</c>.</summary>
internal sealed class BusinessProfileWire
{
    public string? About { get; set; }

    public string? Address { get; set; }

    public string? Description { get; set; }

    public string? Email { get; set; }

    public string? ProfilePictureUrl { get; set; }

    public List<string>? Websites { get; set; }

    public BusinessVertical? Vertical { get; set; }
}
