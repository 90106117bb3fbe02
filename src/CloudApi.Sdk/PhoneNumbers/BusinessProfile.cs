using CloudApi.Sdk.Http;
using CloudApi.Sdk.PhoneNumbers.Wire;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// A number's WhatsApp Business profile (<c>GET /{phone-number-id}/whatsapp_business_profile</c>); its
/// <see cref="GraphResult.RawJson"/> is the profile object (the element of the answer's <c>data</c>).
/// </summary>
public sealed class BusinessProfile : GraphResult
{
    internal BusinessProfile(
        string? about,
        string? address,
        string? description,
        string? email,
        string? profilePictureUrl,
        IReadOnlyList<string> websites,
        BusinessVertical? vertical,
        GraphSource source)
        : base(source)
    {
        About = about;
        Address = address;
        Description = description;
        Email = email;
        ProfilePictureUrl = profilePictureUrl;
        Websites = websites;
        Vertical = vertical;
    }

    internal BusinessProfile(BusinessProfileWire wire, GraphSource source)
        : this(wire.About, wire.Address, wire.Description, wire.Email, wire.ProfilePictureUrl, wire.Websites?.ToArray() ?? [], wire.Vertical, source)
    {
    }

    /// <summary>The "About" text (<c>about</c>).</summary>
    public string? About { get; }

    /// <summary>The address (<c>address</c>).</summary>
    public string? Address { get; }

    /// <summary>The description (<c>description</c>).</summary>
    public string? Description { get; }

    /// <summary>The contact email (<c>email</c>).</summary>
    public string? Email { get; }

    /// <summary>The profile picture's URL (<c>profile_picture_url</c>).</summary>
    public string? ProfilePictureUrl { get; }

    /// <summary>Up to two websites (<c>websites</c>); empty when none is set.</summary>
    public IReadOnlyList<string> Websites { get; }

    /// <summary>The industry (<c>vertical</c>); <see langword="null"/> or empty when not set.</summary>
    public BusinessVertical? Vertical { get; }
}
