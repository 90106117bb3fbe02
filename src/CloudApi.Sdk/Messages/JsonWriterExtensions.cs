using System.Globalization;
using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>Small helpers for the hand-written message writers.</summary>
internal static class JsonWriterExtensions
{
    /// <summary>Writes <c>"name":"value"</c> when <paramref name="value"/> is not <see langword="null"/>.</summary>
    public static void WriteOptionalString(this Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes <c>"text":"..."</c> wrapped in an object: <c>"name":{"text":"..."}</c>, when present.</summary>
    public static void WriteOptionalTextObject(this Utf8JsonWriter writer, JsonEncodedText name, string? text)
    {
        if (text is not null)
        {
            writer.WriteStartObject(name);
            writer.WriteString(JsonNames.Text, text);
            writer.WriteEndObject();
        }
    }

    /// <summary>Writes a number as a JSON string in invariant round-trip form, without allocating.</summary>
    public static void WriteNumberAsString(this Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        writer.WriteString(name, buffer[..written]);
    }

    /// <summary>Writes an integer as a JSON string (e.g. a button <c>index</c>), without allocating.</summary>
    public static void WriteIntegerAsString(this Utf8JsonWriter writer, JsonEncodedText name, int value)
    {
        Span<char> buffer = stackalloc char[11];
        value.TryFormat(buffer, out var written, provider: CultureInfo.InvariantCulture);
        writer.WriteString(name, buffer[..written]);
    }

    /// <summary>Writes <c>"name":number</c> when <paramref name="value"/> has a value.</summary>
    public static void WriteOptionalNumber(this Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>
    /// Writes a URL as the caller gave it (<see cref="Uri.OriginalString"/>, so <c>https://x.com?a=1</c> is not rewritten
    /// to <c>https://x.com/?a=1</c>); only a string that is not a well-formed URI (e.g. with a space) is sent escaped.
    /// </summary>
    public static void WriteUri(this Utf8JsonWriter writer, JsonEncodedText name, Uri uri) =>
        writer.WriteString(name, uri.IsWellFormedOriginalString() ? uri.OriginalString : uri.AbsoluteUri);
}
