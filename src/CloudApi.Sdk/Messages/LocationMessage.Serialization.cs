using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class LocationMessage
{
    internal override void WriteContent(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Location);
        writer.WriteNumber(JsonNames.Latitude, Latitude);
        writer.WriteNumber(JsonNames.Longitude, Longitude);
        writer.WriteOptionalString(JsonNames.Name, Name);
        writer.WriteOptionalString(JsonNames.Address, Address);
        writer.WriteEndObject();
    }
}
