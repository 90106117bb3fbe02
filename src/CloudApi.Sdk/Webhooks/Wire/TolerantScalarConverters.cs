using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

// The webhook wire never refuses a value: Meta sends ids and counts as numbers or strings, and a value of an
// unexpected JSON type reads as absent (the converters skip it) rather than failing the event it belongs to.

/// <summary>A string, number or boolean as text; any other value reads as <see langword="null"/>.</summary>
internal sealed class TolerantStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return TolerantText.GetString(ref reader);
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(TolerantText.Bytes(ref reader));
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>An integer, as a number or a numeric string; anything else (a fraction, out of range, another type) reads as <see langword="null"/>.</summary>
internal sealed class TolerantInt64Converter : JsonConverter<long?>
{
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TolerantText.Int64(ref reader);

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options) => writer.WriteNumberValue(value ?? 0);
}

/// <summary>A number, or a numeric string; anything else reads as <see langword="null"/>.</summary>
internal sealed class TolerantDoubleConverter : JsonConverter<double?>
{
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) && double.IsFinite(number) ? number : null;
            case JsonTokenType.String:
                return double.TryParse(TolerantText.GetString(ref reader), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) ? parsed : null;
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options) => writer.WriteNumberValue(value ?? 0);
}

/// <summary>A decimal amount, as a number or a numeric string; anything else reads as <see langword="null"/>.</summary>
internal sealed class TolerantDecimalConverter : JsonConverter<decimal?>
{
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var number) ? number : null;
            case JsonTokenType.String:
                return decimal.TryParse(TolerantText.GetString(ref reader), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options) => writer.WriteNumberValue(value ?? 0);
}

/// <summary><c>true</c>/<c>false</c>, as booleans or strings; anything else reads as <see langword="null"/>.</summary>
internal sealed class TolerantBoolConverter : JsonConverter<bool?>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
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

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options) => writer.WriteBooleanValue(value ?? false);
}

/// <summary>Unix seconds, as a number or a numeric string (Meta's usual form); out of range or another type reads as <see langword="null"/>.</summary>
internal sealed class TolerantUnixTimeConverter : JsonConverter<DateTimeOffset?>
{
    // DateTimeOffset's range in Unix seconds.
    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TolerantText.Int64(ref reader) is { } seconds and >= MinUnixSeconds and <= MaxUnixSeconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options) => writer.WriteNumberValue(value?.ToUnixTimeSeconds() ?? 0);
}

/// <summary>Shared reading steps of the tolerant converters.</summary>
internal static class TolerantText
{
    public static long? Int64(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var number) ? number : null;
            case JsonTokenType.String when !reader.ValueIsEscaped && !reader.HasValueSequence:
                return Utf8Parser.TryParse(reader.ValueSpan, out long parsed, out var consumed) && consumed == reader.ValueSpan.Length ? parsed : null;
            case JsonTokenType.String:
                return long.TryParse(GetString(ref reader), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var unescaped) ? unescaped : null;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>The string value; a string that is not valid UTF-8 makes the body malformed (not merely a value of another type).</summary>
    public static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new MalformedWebhookBodyException(e);
        }
    }

    public static ReadOnlySpan<byte> Bytes(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
}

/// <summary>The body cannot be read at all (e.g. a string is not valid UTF-8): raised through the serializer unchanged, reported as a <see cref="WebhookPayloadException"/>.</summary>
internal sealed class MalformedWebhookBodyException(Exception inner) : Exception(inner.Message, inner);

/// <summary>
/// A <see cref="TolerantStringConverter"/> for values drawn from a small vocabulary (a status, a category, a pricing
/// model): a value Meta documents comes back as one shared instance instead of a new string per event, which a status
/// batch would otherwise allocate several times per item.
/// </summary>
internal sealed class TolerantTokenConverter : JsonConverter<string>
{
    private static readonly string[] Known =
    [
        "sent", "delivered", "read", "failed", "deleted", "played", "accepted", "warning", "held_for_quality_assessment",
        "individual", "group", "message", "call",
        "marketing", "utility", "authentication", "authentication_international", "service", "marketing_lite", "referral_conversion",
        "PMP", "CBP", "regular", "free_customer_service", "free_entry_point",
        "user_initiated", "business_initiated",
        "text", "image", "audio", "video", "document", "sticker", "location", "contacts", "interactive", "button",
        "reaction", "order", "system", "unsupported", "edit", "revoke", "request_welcome",
        "button_reply", "list_reply", "nfm_reply", "call_permission_reply",
        "image/jpeg", "image/png", "image/webp", "video/mp4", "audio/ogg; codecs=opus", "audio/mpeg", "application/pdf",
    ];

    // The vocabulary by length, so a value is compared only with the few tokens of its length.
    private static readonly string[][] ByLength = BuildByLength();

    private static readonly TolerantStringConverter Fallback = new();

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence &&
            reader.ValueSpan.Length < ByLength.Length)
        {
            var value = reader.ValueSpan;
            foreach (var token in ByLength[value.Length])
            {
                if (Ascii.Equals(value, token))
                {
                    return token;
                }
            }
        }

        return Fallback.Read(ref reader, typeToConvert, options);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static string[][] BuildByLength()
    {
        var table = new string[Known.Max(token => token.Length) + 1][];
        for (var length = 0; length < table.Length; length++)
        {
            table[length] = [.. Known.Where(token => token.Length == length)];
        }

        return table;
    }
}
