namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's postal address (<c>addresses[]</c>); every part is optional.</summary>
public sealed partial class ContactAddress
{
    /// <summary><value>The street and number. Default <see langword="null"/>.</value></summary>
    public string? Street { get; init; }

    /// <summary><value>The city. Default <see langword="null"/>.</value></summary>
    public string? City { get; init; }

    /// <summary><value>The state or region, e.g. <c>CA</c>. Default <see langword="null"/>.</value></summary>
    public string? State { get; init; }

    /// <summary><value>The postal code. Default <see langword="null"/>.</value></summary>
    public string? Zip { get; init; }

    /// <summary><value>The country's name. Default <see langword="null"/>.</value></summary>
    public string? Country { get; init; }

    /// <summary><value>The ISO 3166-1 alpha-2 country code, e.g. <c>US</c>. Default <see langword="null"/>.</value></summary>
    public string? CountryCode { get; init; }

    /// <summary><value>Home or work. Default <see langword="null"/> (none).</value></summary>
    public ContactInfoType? Type { get; init; }
}
