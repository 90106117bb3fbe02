using System.Buffers;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// Checks business-scoped user ids (BSUIDs) and maps them to the limiter's pair key.
/// A BSUID is an ISO 3166 alpha-2 country code, a period, then 1 to 128 letters and digits (<c>US.13491208655302741918</c>);
/// a parent BSUID puts <c>ENT.</c> after the country (<c>US.ENT.11815799212886844830</c>). Both are case-sensitive and used whole.
/// </summary>
internal static class BusinessScopedUserId
{
    public const int MaxIdLength = 128;

    /// <summary>The tag of a BSUID's pair key: bit 62. Phone keys are at most 15 digits (&lt; 10^15 &lt; 2^50), so the two never meet.</summary>
    public const long KeyTag = 1L << 62;

    private const string ParentMarker = "ENT.";

    private static readonly SearchValues<char> AlphaNumeric =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Whether <paramref name="value"/> looks like a BSUID of either kind (two letters and a period), so its errors are a BSUID's.</summary>
    public static bool LooksLikeOne(string value) =>
        value.Length >= 3 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1]) && value[2] == '.';

    /// <summary>Checks a BSUID or a parent BSUID; returns whether it is a parent one.</summary>
    /// <exception cref="WhatsAppValidationException">The value is neither.</exception>
    public static bool Check(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new WhatsAppValidationException(field, $"{field} is required: a business-scoped user id such as US.13491208655302741918.");
        }

        if (value.Length < 4 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]) || value[2] != '.')
        {
            throw Malformed(value, field, "it must start with a two-letter uppercase country code and a period");
        }

        var parent = value.AsSpan(3).StartsWith(ParentMarker, StringComparison.Ordinal);
        var id = value.AsSpan(parent ? 3 + ParentMarker.Length : 3);
        if (id.IsEmpty || id.Length > MaxIdLength)
        {
            throw new WhatsAppValidationException(field, $"{field} '{value}' is not a valid business-scoped user id: the part after the country code must have 1 to {MaxIdLength} characters.", MaxIdLength);
        }

        var bad = id.IndexOfAnyExcept(AlphaNumeric);
        if (bad >= 0)
        {
            throw Malformed(value, field, $"it contains '{id[bad]}' where only letters and digits are allowed");
        }

        return parent;
    }

    /// <summary>
    /// The pair key of a checked BSUID: <see cref="KeyTag"/> set, bit 63 clear, the low 62 bits a 64-bit FNV-1a hash of the
    /// whole id passed through SplitMix64's finalizer (a bijection). Stable across processes and versions, so every
    /// instance sharing a Redis store counts a user under the same key.
    /// </summary>
    /// <remarks>
    /// Collisions: FNV-1a never maps two ids of equal length that differ in one character to the same 64 bits (each step
    /// is a bijection of the state), and otherwise behaves as a random function for our purpose. With n ids tracked on one
    /// number at a time, the chance that any two share 62 bits is at most n²/2^63: about 1 in 9 million for 1,000,000
    /// ids, and the table only holds pairs still inside their window. A collision makes two users share one pair
    /// budget: the limiter waits longer than Meta requires, it never sends faster.
    /// </remarks>
    public static long LimiterKey(string value)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in value)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return KeyTag | (long)(h >> 2);
    }

    private static WhatsAppValidationException Malformed(string value, string field, string why) =>
        new(field, $"{field} '{value}' is not a valid business-scoped user id: {why} (expected e.g. US.13491208655302741918 or US.ENT.11815799212886844830).");
}
