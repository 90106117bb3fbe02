using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial record ContactUrl
{
    internal void WriteMembers(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.Url, Url);
        writer.WriteOptionalString(JsonNames.Type, Type?.Value);
    }
}
