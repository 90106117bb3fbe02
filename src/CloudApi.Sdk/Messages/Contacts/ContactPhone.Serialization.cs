using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ContactPhone
{
    internal void WriteMembers(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.Phone, Phone);
        writer.WriteOptionalString(JsonNames.Type, Type?.Value);
        writer.WriteOptionalString(JsonNames.WaId, WaId);
    }
}
