using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateLocationParameter
{
    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.Location);
        writer.WriteStartObject(JsonNames.Location);
        writer.WriteNumberAsString(JsonNames.Latitude, Latitude);
        writer.WriteNumberAsString(JsonNames.Longitude, Longitude);
        writer.WriteOptionalString(JsonNames.Name, Name);
        writer.WriteOptionalString(JsonNames.Address, Address);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
