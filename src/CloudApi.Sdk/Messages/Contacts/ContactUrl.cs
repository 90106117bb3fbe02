namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's web address (<c>urls[]</c>), sent as given.</summary>
public sealed partial class ContactUrl
{
    /// <summary>Creates a URL entry.</summary>
    /// <param name="url">The address as displayed, e.g. <c>https://x.com</c>.</param>
    /// <exception cref="WhatsAppValidationException">The address is empty.</exception>
    public ContactUrl(string url)
    {
        Validate.NotEmpty(url, "contacts.urls.url");
        Url = url;
    }

    /// <summary>The address.</summary>
    public string Url { get; }

    /// <summary><value>Home or work. Default <see langword="null"/> (none).</value></summary>
    public ContactInfoType? Type { get; init; }
}
