using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial record ContactPhone
{
    internal void WriteMembers(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.Phone, Phone);
        writer.WriteOptionalString(JsonNames.Type, Type?.Value);
        writer.WriteOptionalString(JsonNames.WaId, WaId);
    }
}
