namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// The SDK's own marker at the end of a message's <c>biz_opaque_callback_data</c>: <c>&lt;caller data&gt;U+001F~c:&lt;id&gt;</c>
/// (or the marker alone). Campaigns add it to every send; the webhook parser takes it off again, so a handler sees the
/// caller's data as it was given and the campaign finds its message by the marker.
/// </summary>
internal static class CallbackDataMarker
{
    /// <summary>What separates the caller's data from the marker.</summary>
    public const char Separator = '\u001F';

    /// <summary>How a marker starts.</summary>
    public const string Prefix = "~c:";

    /// <summary>The fewest characters after <see cref="Prefix"/>.</summary>
    public const int MinIdLength = 9;

    /// <summary>The most characters after <see cref="Prefix"/>.</summary>
    public const int MaxIdLength = 24;

    /// <summary>Joins the caller's data and a marker.</summary>
    public static string Join(string? callerData, string marker) =>
        string.IsNullOrEmpty(callerData) ? marker : string.Concat(callerData, Separator.ToString(), marker);

    /// <summary>The caller's part of <paramref name="data"/>, and the marker, if it ends with one.</summary>
    public static string? Split(string? data, out string? marker)
    {
        marker = null;
        if (data is null)
        {
            return null;
        }

        var separator = data.LastIndexOf(Separator);
        var candidate = separator < 0 ? data : data[(separator + 1)..];
        if (!IsMarker(candidate))
        {
            return data;
        }

        marker = candidate;
        return separator < 0 ? null : data[..separator];
    }

    /// <summary>Whether <paramref name="value"/> has a marker's form: the prefix, then lower-case base32 characters.</summary>
    public static bool IsMarker(ReadOnlySpan<char> value)
    {
        if (!value.StartsWith(Prefix, StringComparison.Ordinal) || value.Length - Prefix.Length is < MinIdLength or > MaxIdLength)
        {
            return false;
        }

        foreach (var c in value[Prefix.Length..])
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '2' and <= '7')))
            {
                return false;
            }
        }

        return true;
    }
}
