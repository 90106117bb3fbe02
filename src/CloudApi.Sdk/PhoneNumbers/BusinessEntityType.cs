using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// The legal form of a business in its compliance information (<c>entity_type</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<BusinessEntityType>))]
public readonly partial struct BusinessEntityType
{
    /// <summary><c>LIMITED_LIABILITY_PARTNERSHIP</c>.</summary>
    public static BusinessEntityType LimitedLiabilityPartnership { get; } = new("LIMITED_LIABILITY_PARTNERSHIP");

    /// <summary><c>SOLE_PROPRIETORSHIP</c>.</summary>
    public static BusinessEntityType SoleProprietorship { get; } = new("SOLE_PROPRIETORSHIP");

    /// <summary><c>PARTNERSHIP</c>.</summary>
    public static BusinessEntityType Partnership { get; } = new("PARTNERSHIP");

    /// <summary><c>PUBLIC_COMPANY</c>.</summary>
    public static BusinessEntityType PublicCompany { get; } = new("PUBLIC_COMPANY");

    /// <summary><c>PRIVATE_COMPANY</c>.</summary>
    public static BusinessEntityType PrivateCompany { get; } = new("PRIVATE_COMPANY");

    /// <summary><c>OTHER</c>: describe it in <see cref="BusinessComplianceInfoUpdate.EntityTypeCustom"/>.</summary>
    public static BusinessEntityType Other { get; } = new("OTHER");
}
