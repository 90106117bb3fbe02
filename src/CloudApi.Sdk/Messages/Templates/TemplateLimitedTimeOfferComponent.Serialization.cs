using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateLimitedTimeOfferComponent
{
    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.LimitedTimeOffer);
        writer.WriteStartArray(JsonNames.Parameters);
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.LimitedTimeOffer);
        writer.WriteStartObject(JsonNames.LimitedTimeOffer);
        writer.WriteNumber(JsonNames.ExpirationTimeMs, ExpiresAt.ToUnixTimeMilliseconds());
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
