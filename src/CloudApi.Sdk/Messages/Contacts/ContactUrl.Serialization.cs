using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ContactUrl
{
    internal void WriteMembers(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.Url, Url);
        writer.WriteOptionalString(JsonNames.Type, Type?.Value);
    }
}
