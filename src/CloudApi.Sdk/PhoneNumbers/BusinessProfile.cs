namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>A number's WhatsApp Business profile (<c>GET /{phone-number-id}/whatsapp_business_profile</c>).</summary>
public sealed record BusinessProfile
{
    /// <summary>The "About" text (<c>about</c>).</summary>
    public string? About { get; init; }

    /// <summary>The address (<c>address</c>).</summary>
    public string? Address { get; init; }

    /// <summary>The description (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The contact email (<c>email</c>).</summary>
    public string? Email { get; init; }

    /// <summary>The profile picture's URL (<c>profile_picture_url</c>).</summary>
    public string? ProfilePictureUrl { get; init; }

    /// <summary>Up to two websites (<c>websites</c>).</summary>
    public IReadOnlyList<string>? Websites { get; init; }

    /// <summary>The industry (<c>vertical</c>); empty when not set.</summary>
    public BusinessVertical? Vertical { get; init; }
}
