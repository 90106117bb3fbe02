using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// The quality rating of a business phone number (<c>quality_rating</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<QualityRating>))]
public readonly partial struct QualityRating
{
    /// <summary><c>GREEN</c>: High quality.</summary>
    public static QualityRating Green { get; } = new("GREEN");

    /// <summary><c>YELLOW</c>: Medium quality.</summary>
    public static QualityRating Yellow { get; } = new("YELLOW");

    /// <summary><c>RED</c>: Low quality.</summary>
    public static QualityRating Red { get; } = new("RED");

    /// <summary><c>NA</c>: Not rated yet.</summary>
    public static QualityRating NotApplicable { get; } = new("NA");

    /// <summary><c>UNKNOWN</c>: Unknown.</summary>
    public static QualityRating Unknown { get; } = new("UNKNOWN");
}
