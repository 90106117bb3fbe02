namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>Changes to a business profile (<c>POST /{phone-number-id}/whatsapp_business_profile</c>); unset properties are unchanged.</summary>
public sealed record BusinessProfileUpdate
{
    /// <summary>The longest "About" text.</summary>
    public const int MaxAboutLength = 139;

    /// <summary>The longest address.</summary>
    public const int MaxAddressLength = 256;

    /// <summary>The longest description.</summary>
    public const int MaxDescriptionLength = 512;

    /// <summary>The longest email.</summary>
    public const int MaxEmailLength = 128;

    /// <summary>The most websites.</summary>
    public const int MaxWebsites = 2;

    /// <summary>The longest website URL.</summary>
    public const int MaxWebsiteLength = 256;

    /// <summary><value>The "About" text, 1 to 139 characters (<c>about</c>).</value></summary>
    public string? About { get; init; }

    /// <summary><value>The address, up to 256 characters (<c>address</c>).</value></summary>
    public string? Address { get; init; }

    /// <summary><value>The description, up to 512 characters (<c>description</c>).</value></summary>
    public string? Description { get; init; }

    /// <summary><value>The contact email, up to 128 characters (<c>email</c>).</value></summary>
    public string? Email { get; init; }

    /// <summary><value>Up to two websites of up to 256 characters, each with its <c>http://</c> or <c>https://</c> scheme (<c>websites</c>).</value></summary>
    public IReadOnlyList<string>? Websites { get; init; }

    /// <summary><value>The industry (<c>vertical</c>).</value></summary>
    public BusinessVertical? Vertical { get; init; }

    /// <summary><value>A new profile picture: the handle of a resumable upload (<c>profile_picture_handle</c>).</value></summary>
    public string? ProfilePictureHandle { get; init; }

    internal void Validate()
    {
        if (About is null && Address is null && Description is null && Email is null && Websites is null && Vertical is null && ProfilePictureHandle is null)
        {
            throw new WhatsAppValidationException("about", "A business profile update must change at least one field.");
        }

        CloudApi.Sdk.Validate.OptionalText(About, MaxAboutLength, "about");
        CloudApi.Sdk.Validate.MaxLength(Address, MaxAddressLength, "address");
        CloudApi.Sdk.Validate.MaxLength(Description, MaxDescriptionLength, "description");
        CloudApi.Sdk.Validate.MaxLength(Email, MaxEmailLength, "email");
        if (!string.IsNullOrEmpty(Email) && (Email.IndexOf('@', StringComparison.Ordinal) is <= 0 || Email.EndsWith('@')))
        {
            throw new WhatsAppValidationException("email", $"email '{Email}' is not an email address.");
        }

        if (Websites is not null)
        {
            CloudApi.Sdk.Validate.Count(Websites.Count, 0, MaxWebsites, "websites");
            for (var i = 0; i < Websites.Count; i++)
            {
                var field = $"websites[{i}]";
                CloudApi.Sdk.Validate.Text(Websites[i], MaxWebsiteLength, field);
                if (!Uri.TryCreate(Websites[i], UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw new WhatsAppValidationException(field, $"{field} '{Websites[i]}' must start with http:// or https://.");
                }
            }
        }

        CloudApi.Sdk.Validate.OptionalText(ProfilePictureHandle, 4096, "profile_picture_handle");
    }
}
