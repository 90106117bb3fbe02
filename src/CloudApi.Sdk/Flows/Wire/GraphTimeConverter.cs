using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Flows.Wire;

/// <summary>
/// Reads the times of the Flows API: ISO 8601 with an offset written without a colon (<c>2024-01-28T08:00:00+0000</c>,
/// which <see cref="DateTimeOffset"/>'s own reader refuses), standard ISO 8601, or Unix seconds (<c>date_format=U</c>).
/// </summary>
internal sealed class GraphTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64());
        }

        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("Expected a time string.");
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        if (text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit))
        {
            text = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new JsonException($"'{text}' is not a time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
}
