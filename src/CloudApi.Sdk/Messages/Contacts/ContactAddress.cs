namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's postal address (<c>addresses[]</c>); every part is optional.</summary>
public sealed record ContactAddress
{
    /// <summary>Creates an address.</summary>
    /// <param name="street">The street and number.</param>
    /// <param name="city">The city.</param>
    /// <param name="state">The state or region, e.g. <c>CA</c>.</param>
    /// <param name="zip">The postal code.</param>
    /// <param name="country">The country's name.</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 country code, e.g. <c>US</c>.</param>
    /// <param name="type">Home or work; <see langword="null"/> for none.</param>
    public ContactAddress(string? street = null, string? city = null, string? state = null, string? zip = null, string? country = null, string? countryCode = null, ContactInfoType? type = null)
    {
        Street = street;
        City = city;
        State = state;
        Zip = zip;
        Country = country;
        CountryCode = countryCode;
        Type = type;
    }

    /// <summary>The street and number, or <see langword="null"/>.</summary>
    public string? Street { get; }

    /// <summary>The city, or <see langword="null"/>.</summary>
    public string? City { get; }

    /// <summary>The state or region, or <see langword="null"/>.</summary>
    public string? State { get; }

    /// <summary>The postal code, or <see langword="null"/>.</summary>
    public string? Zip { get; }

    /// <summary>The country's name, or <see langword="null"/>.</summary>
    public string? Country { get; }

    /// <summary>The ISO country code, or <see langword="null"/>.</summary>
    public string? CountryCode { get; }

    /// <summary>Home or work, or <see langword="null"/>.</summary>
    public ContactInfoType? Type { get; }
}
