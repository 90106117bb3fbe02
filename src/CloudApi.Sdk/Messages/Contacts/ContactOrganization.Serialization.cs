using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ContactOrganization
{
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Org);
        writer.WriteOptionalString(JsonNames.Company, Company);
        writer.WriteOptionalString(JsonNames.Department, Department);
        writer.WriteOptionalString(JsonNames.Title, Title);
        writer.WriteEndObject();
    }
}
