namespace CloudApi.Sdk.Partners;

/// <summary>Reads the values partner answers share: permission lists and Unix times where 0 means "never".</summary>
internal static class PartnerValues
{
    public static IReadOnlyList<BusinessAccountTask> Tasks(List<string>? values) =>
        values is null ? [] : [.. values.Where(static v => !string.IsNullOrEmpty(v)).Select(static v => new BusinessAccountTask(v))];

    /// <summary>Copies permissions given to a request, refusing a missing list, an empty value and a count out of range.</summary>
    public static IReadOnlyList<BusinessAccountTask> Tasks(IEnumerable<BusinessAccountTask>? values, int min, int max, string field)
    {
        if (values is null)
        {
            throw new WhatsAppValidationException(field, $"{field} is required.");
        }

        BusinessAccountTask[] copy = [.. values];
        Validate.Count(copy.Length, min, max, field);
        if (copy.Any(static task => task.Value.Length == 0))
        {
            throw new WhatsAppValidationException(field, $"{field} must not contain empty values.");
        }

        return Array.AsReadOnly(copy);
    }

    public static IReadOnlyList<string> Strings(List<string>? values) => values is null ? [] : [.. values];

    /// <summary>A Unix time in seconds, or <see langword="null"/> for none or 0 (Meta's "never").</summary>
    public static DateTimeOffset? UnixTime(long? seconds) => seconds is > 0 ? DateTimeOffset.FromUnixTimeSeconds(seconds.Value) : null;

    /// <summary>The date-time form Meta's partner requests use: UTC, seconds, <c>Z</c>.</summary>
    public static string? Timestamp(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
