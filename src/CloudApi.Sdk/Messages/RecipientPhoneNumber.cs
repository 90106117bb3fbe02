namespace CloudApi.Sdk.Messages;

/// <summary>Checks and normalizes recipient phone numbers (the <c>to</c> field).</summary>
internal static class RecipientPhoneNumber
{
    /// <summary>E.164 allows at most 15 digits; the shortest numbers in use have 7 with the country code.</summary>
    private const int MinDigits = 7;
    private const int MaxDigits = 15;

    /// <summary>
    /// Validates <paramref name="to"/>: an optional leading <c>+</c>, then digits with optional spaces, <c>-</c>, <c>.</c>
    /// and parentheses, 7 to 15 digits in all. Returns the digits as a number: a compact key for the pair limit.
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The number is malformed.</exception>
    public static long Parse(string? to, string field = "to")
    {
        if (string.IsNullOrWhiteSpace(to))
        {
            throw new WhatsAppValidationException(field, $"{field} is required: the recipient's phone number with its country code, e.g. +16505551234.");
        }

        long digits = 0;
        var count = 0;
        for (var i = 0; i < to.Length; i++)
        {
            var c = to[i];
            if (char.IsAsciiDigit(c))
            {
                if (++count > MaxDigits)
                {
                    break;
                }

                digits = (digits * 10) + (c - '0');
            }
            else if (!(c is ' ' or '-' or '.' or '(' or ')' || (c == '+' && i == 0)))
            {
                throw Malformed(to, field, char.IsAsciiLetter(c)
                    ? $"it contains '{c}' (a business-scoped user id starts with a two-letter uppercase country code and a period, e.g. US.13491208655302741918)"
                    : $"it contains '{c}'");
            }
        }

        if (count is < MinDigits or > MaxDigits)
        {
            throw Malformed(to, field, $"it must have {MinDigits} to {MaxDigits} digits including the country code");
        }

        return digits;
    }

    private static WhatsAppValidationException Malformed(string to, string field, string why) =>
        new(field, $"{field} '{to}' is not a valid phone number: {why} (expected e.g. +16505551234).");
}
