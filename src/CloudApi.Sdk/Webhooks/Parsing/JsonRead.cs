using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CloudApi.Sdk.Webhooks.Parsing;

/// <summary>
/// Tolerant value readers for a <see cref="Utf8JsonReader"/> positioned on a property name: each moves to the value
/// and reads it, accepting the shapes Meta uses (numbers as strings and back) and skipping anything else, so an
/// unexpected type yields <see langword="null"/> rather than an exception.
/// </summary>
internal static class JsonRead
{
    // DateTimeOffset's range in Unix seconds.
    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;

    public static string? String(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                reader.Skip();
                return null;
        }
    }

    public static bool? Bool(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String when reader.ValueTextEquals("true"u8):
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("false"u8):
                return false;
            default:
                reader.Skip();
                return null;
        }
    }

    public static long? Int64(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var number) ? number : null;
            case JsonTokenType.String:
                if (!reader.ValueIsEscaped)
                {
                    return Utf8Parser.TryParse(reader.ValueSpan, out long parsed, out var consumed) && consumed == reader.ValueSpan.Length ? parsed : null;
                }

                return long.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var unescaped) ? unescaped : null;
            default:
                reader.Skip();
                return null;
        }
    }

    public static double? Double(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) ? number : null;
            case JsonTokenType.String:
                return double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            default:
                reader.Skip();
                return null;
        }
    }

    public static decimal? Decimal(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var number) ? number : null;
            case JsonTokenType.String:
                return decimal.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>Unix seconds, as a string (Meta's usual form) or a number.</summary>
    public static DateTimeOffset? Timestamp(ref Utf8JsonReader reader) => FromUnixSeconds(Int64(ref reader));

    public static DateTimeOffset? FromUnixSeconds(long? seconds) =>
        seconds is { } s and >= MinUnixSeconds and <= MaxUnixSeconds ? DateTimeOffset.FromUnixTimeSeconds(s) : null;

    /// <summary>
    /// Reads an object holding two string properties of interest (others are skipped). Returns <see langword="false"/>,
    /// with both <see langword="null"/>, when the value is not an object.
    /// </summary>
    public static bool StringPair(ref Utf8JsonReader reader, ReadOnlySpan<byte> firstName, ReadOnlySpan<byte> secondName, out string? first, out string? second)
    {
        first = second = null;
        if (!StartObject(ref reader))
        {
            return false;
        }

        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(firstName))
            {
                first = String(ref reader);
            }
            else if (reader.ValueTextEquals(secondName))
            {
                second = String(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return true;
    }

    /// <summary>Reads an object for one string property (the rest skipped); <see langword="null"/> when it is absent or the value is not an object.</summary>
    public static string? StringIn(ref Utf8JsonReader reader, ReadOnlySpan<byte> name) =>
        StringPair(ref reader, name, name, out var value, out _) ? value : null;

    /// <summary>Moves to the value; <see langword="true"/> when it is an object (else skips it).</summary>
    public static bool StartObject(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        reader.Skip();
        return false;
    }

    /// <summary>Moves to the value; <see langword="true"/> when it is an array (else skips it).</summary>
    public static bool StartArray(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        reader.Skip();
        return false;
    }

    /// <summary>Inside an object: moves to the next property name; <see langword="false"/> at the end of the object.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>Inside an array: moves to the next element; <see langword="true"/> when it is an object (other elements are skipped).</summary>
    public static bool NextObject(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    /// <summary>Skips the value of the current property.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }
}
