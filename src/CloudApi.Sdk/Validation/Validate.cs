using System.Collections.ObjectModel;

namespace CloudApi.Sdk;

/// <summary>Checks request fields before anything is sent; each failure names the field (as in the JSON) and the limit.</summary>
internal static class Validate
{
    /// <summary>A required text of 1 to <paramref name="maxLength"/> UTF-16 characters, not only white space.</summary>
    public static void Text(string? value, int maxLength, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new WhatsAppValidationException(field, $"{field} is required and must not be empty.");
        }

        MaxLength(value, maxLength, field);
    }

    /// <summary>An optional text (<see langword="null"/> allowed) of at most <paramref name="maxLength"/> characters; empty is refused.</summary>
    /// <returns><paramref name="value"/>, so an <c>init</c> accessor can check and store it in one expression.</returns>
    public static string? OptionalText(string? value, int maxLength, string field)
    {
        if (value is not null)
        {
            Text(value, maxLength, field);
        }

        return value;
    }

    /// <summary>A required text without a length limit, not only white space.</summary>
    public static void NotEmpty(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new WhatsAppValidationException(field, $"{field} is required and must not be empty.");
        }
    }

    /// <summary>An optional text without a length limit; when present it must not be empty.</summary>
    /// <returns><paramref name="value"/>, so an <c>init</c> accessor can check and store it in one expression.</returns>
    public static string? OptionalNotEmpty(string? value, string field)
    {
        if (value is not null)
        {
            NotEmpty(value, field);
        }

        return value;
    }

    /// <summary>At most <paramref name="maxLength"/> UTF-16 characters.</summary>
    public static void MaxLength(string? value, int maxLength, string field)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw new WhatsAppValidationException(field,
                $"{field} is {value.Length} characters long; the limit is {maxLength}.", maxLength);
        }
    }

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> items.</summary>
    public static void Count(int count, int min, int max, string field)
    {
        if (count < min)
        {
            throw new WhatsAppValidationException(field, $"{field} has {count} item(s); at least {min} required.", min);
        }

        if (count > max)
        {
            throw new WhatsAppValidationException(field, $"{field} has {count} items; the limit is {max}.", max);
        }
    }

    /// <summary>An integer between <paramref name="min"/> and <paramref name="max"/> inclusive.</summary>
    public static void Range(int value, int min, int max, string field)
    {
        if (value < min || value > max)
        {
            throw new WhatsAppValidationException(field, $"{field} is {value}; it must be between {min} and {max}.", value < min ? min : max);
        }
    }

    /// <summary>An optional integer (<see langword="null"/> allowed) between <paramref name="min"/> and <paramref name="max"/> inclusive.</summary>
    /// <returns><paramref name="value"/>, so an <c>init</c> accessor can check and store it in one expression.</returns>
    public static int? OptionalRange(int? value, int min, int max, string field)
    {
        if (value is { } present)
        {
            Range(present, min, max, field);
        }

        return value;
    }

    /// <summary>A finite number between <paramref name="min"/> and <paramref name="max"/> inclusive.</summary>
    public static void Range(double value, double min, double max, string field)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new WhatsAppValidationException(field, $"{field} is {value}; it must be between {min} and {max}.");
        }
    }

    /// <summary>An absolute http or https URI.</summary>
    public static void HttpUri(Uri? value, string field)
    {
        if (value is null)
        {
            throw new WhatsAppValidationException(field, $"{field} is required.");
        }

        if (!value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttp && value.Scheme != Uri.UriSchemeHttps))
        {
            throw new WhatsAppValidationException(field, $"{field} '{value}' must be an absolute http or https URI.");
        }
    }

    /// <summary>Parses and checks an absolute http or https URI given as text.</summary>
    public static Uri HttpUri(string? value, string field)
    {
        NotEmpty(value, field);
        if (!Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out var uri))
        {
            throw new WhatsAppValidationException(field, $"{field} '{value}' is not a URI; it must be an absolute http or https URI.");
        }

        HttpUri(uri, field);
        return uri;
    }

    /// <summary>A required value.</summary>
    public static T NotNull<T>(T? value, string field)
        where T : class =>
        value ?? throw new WhatsAppValidationException(field, $"{field} is required.");

    /// <summary>
    /// Copies <paramref name="items"/> into an array, so later changes to the caller's collection do not reach an
    /// immutable request; refuses a missing collection and <see langword="null"/> items.
    /// </summary>
    public static T[] Copy<T>(IEnumerable<T>? items, string field)
        where T : class
    {
        if (items is null)
        {
            throw new WhatsAppValidationException(field, $"{field} is required.");
        }

        var copy = items.ToArray();
        foreach (var item in copy)
        {
            if (item is null)
            {
                throw new WhatsAppValidationException(field, $"{field} must not contain null items.");
            }
        }

        return copy;
    }

    /// <summary>A read-only view of an array owned by an immutable request.</summary>
    public static ReadOnlyCollection<T> ReadOnly<T>(T[] items) => Array.AsReadOnly(items);

    /// <summary>No two items share the same key (ordinal comparison).</summary>
    public static void Unique<T>(T[] items, Func<T, string?> key, string field)
    {
        if (items.Length < 2)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var value = key(item);
            if (value is not null && !seen.Add(value))
            {
                throw new WhatsAppValidationException(field, $"{field} must be unique; '{value}' appears more than once.");
            }
        }
    }

    /// <summary>No leading or trailing white space (Meta refuses such ids).</summary>
    public static void NoSurroundingWhiteSpace(string value, string field)
    {
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            throw new WhatsAppValidationException(field, $"{field} '{value}' must not start or end with white space.");
        }
    }

    /// <summary>Only ASCII lower-case letters, digits (when <paramref name="allowDigits"/>) and underscores.</summary>
    public static void LowerSnakeCase(string value, bool allowDigits, string field)
    {
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterLower(c) || c == '_' || (allowDigits && char.IsAsciiDigit(c))))
            {
                var allowed = allowDigits ? "lower-case letters, digits and underscores" : "lower-case letters and underscores";
                throw new WhatsAppValidationException(field, $"{field} '{value}' may contain only {allowed}.");
            }
        }
    }
}
