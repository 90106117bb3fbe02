using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class OrderAmount
{
    internal void Write(Utf8JsonWriter writer, JsonEncodedText name)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber(JsonNames.Value, Value);
        writer.WriteNumber(JsonNames.Offset, Offset);
        writer.WriteOptionalString(JsonNames.Description, Description);
        writer.WriteEndObject();
    }
}
