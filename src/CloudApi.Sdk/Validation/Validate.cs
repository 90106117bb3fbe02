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
    public static void OptionalText(string? value, int maxLength, string field)
    {
        if (value is not null)
        {
            Text(value, maxLength, field);
        }
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

    /// <summary>A required value.</summary>
    public static T NotNull<T>(T? value, string field)
        where T : class =>
        value ?? throw new WhatsAppValidationException(field, $"{field} is required.");
}
