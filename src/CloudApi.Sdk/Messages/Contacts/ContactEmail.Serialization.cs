using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ContactEmail
{
    internal void WriteMembers(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.Email, Email);
        writer.WriteOptionalString(JsonNames.Type, Type?.Value);
    }
}
