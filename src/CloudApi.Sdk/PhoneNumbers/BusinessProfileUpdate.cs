namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Changes to a business profile (<c>POST /{phone-number-id}/whatsapp_business_profile</c>); unset properties are unchanged.
/// Each value is checked when it is set; that at least one is set is checked when the update is sent.
/// </summary>
public sealed class BusinessProfileUpdate
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

    private const int MaxHandleLength = 4096;

    /// <summary><value>The "About" text, 1 to 139 characters (<c>about</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The text is empty or too long.</exception>
    public string? About
    {
        get;
        init => field = Validate.OptionalText(value, MaxAboutLength, "about");
    }

    /// <summary><value>The address, up to 256 characters (<c>address</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The text is too long.</exception>
    public string? Address
    {
        get;
        init
        {
            Validate.MaxLength(value, MaxAddressLength, "address");
            field = value;
        }
    }

    /// <summary><value>The description, up to 512 characters (<c>description</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The text is too long.</exception>
    public string? Description
    {
        get;
        init
        {
            Validate.MaxLength(value, MaxDescriptionLength, "description");
            field = value;
        }
    }

    /// <summary><value>The contact email, up to 128 characters (<c>email</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The text is too long or not an email address.</exception>
    public string? Email
    {
        get;
        init
        {
            Validate.MaxLength(value, MaxEmailLength, "email");
            if (!string.IsNullOrEmpty(value) && (value.IndexOf('@', StringComparison.Ordinal) is <= 0 || value.EndsWith('@')))
            {
                throw new WhatsAppValidationException("email", $"email '{value}' is not an email address.");
            }

            field = value;
        }
    }

    /// <summary>
    /// <value>Up to two websites of up to 256 characters, each with its <c>http://</c> or <c>https://</c> scheme (<c>websites</c>).
    /// Default <see langword="null"/>: unchanged. The list is copied.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">Too many websites, or one is not an http(s) URL.</exception>
    public IReadOnlyList<string>? Websites
    {
        get;
        init
        {
            if (value is null)
            {
                field = null;
                return;
            }

            var websites = Validate.Copy(value, "websites");
            Validate.Count(websites.Length, 0, MaxWebsites, "websites");
            for (var i = 0; i < websites.Length; i++)
            {
                var name = $"websites[{i}]";
                Validate.Text(websites[i], MaxWebsiteLength, name);
                if (!Uri.TryCreate(websites[i], UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw new WhatsAppValidationException(name, $"{name} '{websites[i]}' must start with http:// or https://.");
                }
            }

            field = Validate.ReadOnly(websites);
        }
    }

    /// <summary><value>The industry (<c>vertical</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public BusinessVertical? Vertical { get; init; }

    /// <summary><value>A new profile picture: the handle of a resumable upload (<c>profile_picture_handle</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The handle is empty or too long.</exception>
    public string? ProfilePictureHandle
    {
        get;
        init => field = Validate.OptionalText(value, MaxHandleLength, "profile_picture_handle");
    }

    /// <summary>The rule across fields, checked when the update is sent.</summary>
    internal void ValidateNotEmpty()
    {
        if (About is null && Address is null && Description is null && Email is null && Websites is null && Vertical is null && ProfilePictureHandle is null)
        {
            throw new WhatsAppValidationException("about", "A business profile update must change at least one field.");
        }
    }
}
