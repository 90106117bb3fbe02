namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's web address (<c>urls[]</c>).</summary>
public sealed record ContactUrl
{
    /// <summary>Creates a URL entry.</summary>
    /// <param name="url">The address as displayed, e.g. <c>https://x.com</c>.</param>
    /// <param name="type">Home or work; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">The address is empty.</exception>
    public ContactUrl(string url, ContactInfoType? type = null)
    {
        Validate.NotEmpty(url, "contacts.urls.url");
        Url = url;
        Type = type;
    }

    /// <summary>The address.</summary>
    public string Url { get; }

    /// <summary>Home or work, or <see langword="null"/>.</summary>
    public ContactInfoType? Type { get; }
}
