using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Serialization;

/// <summary>Reads Graph's Unix timestamps (seconds, as a number or a numeric string) as <see cref="DateTimeOffset"/>.</summary>
internal sealed class UnixTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        long seconds;
        if (reader.TokenType == JsonTokenType.Number)
        {
            seconds = reader.GetInt64();
        }
        else if (reader.TokenType != JsonTokenType.String ||
            !long.TryParse(reader.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out seconds))
        {
            throw new JsonException("Expected a Unix timestamp in seconds.");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.ToUnixTimeSeconds());
}
