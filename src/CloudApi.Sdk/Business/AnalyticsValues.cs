namespace CloudApi.Sdk.Business;

/// <summary>
/// Checks the values that go into an analytics query string (field expansions such as <c>.country_codes(["US"])</c>), so
/// that nothing a caller passes can break out of the expression.
/// </summary>
internal static class AnalyticsValues
{
    private const int MaxLength = 64;

    /// <summary>Checks the range of a query: the end must come after the start.</summary>
    public static void Range(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            throw new WhatsAppValidationException("end", $"end ({end:O}) must be after start ({start:O}).");
        }
    }

    /// <summary>Copies an optional list whose values may hold only <paramref name="allowed"/> characters.</summary>
    public static IReadOnlyList<string>? List(IReadOnlyList<string>? values, string field, Func<char, bool> allowed)
    {
        if (values is null)
        {
            return null;
        }

        var copy = values.ToArray();
        foreach (var value in copy)
        {
            Token(value, field, allowed);
        }

        return Validate.ReadOnly(copy);
    }

    public static void Token(string? value, string field, Func<char, bool> allowed)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || !value.All(allowed))
        {
            throw new WhatsAppValidationException(field, $"{field} has the value '{value}', which is not allowed there.");
        }
    }

    /// <summary>Upper-case letters, digits and underscores: Meta's enumeration values.</summary>
    public static bool IsEnumChar(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_';

    public static IReadOnlyList<string>? PhoneNumbers(IReadOnlyList<string>? values) => List(values, "phone_numbers", char.IsAsciiDigit);

    public static IReadOnlyList<string>? CountryCodes(IReadOnlyList<string>? values) => List(values, "country_codes", char.IsAsciiLetterUpper);
}
