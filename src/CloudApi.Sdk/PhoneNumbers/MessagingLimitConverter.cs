using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Reads a messaging limit given as a string (<c>"TIER_2K"</c>) or, tolerantly, as an object holding one
/// (<c>{"current_limit":"TIER_2K"}</c>): Meta documents the newer field loosely, and a shape change must not break reading a number.
/// </summary>
internal sealed class MessagingLimitConverter : JsonConverter<MessagingLimitTier>
{
    public override MessagingLimitTier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new MessagingLimitTier(reader.GetString()!);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { } value &&
                    value.StartsWith("TIER_", StringComparison.Ordinal))
                {
                    return new MessagingLimitTier(value);
                }
            }
        }

        return new MessagingLimitTier(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, MessagingLimitTier value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
