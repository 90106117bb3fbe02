using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ContactName
{
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Name);
        writer.WriteString(JsonNames.FormattedName, FormattedName);
        writer.WriteOptionalString(JsonNames.FirstName, FirstName);
        writer.WriteOptionalString(JsonNames.LastName, LastName);
        writer.WriteOptionalString(JsonNames.MiddleName, MiddleName);
        writer.WriteOptionalString(JsonNames.Prefix, Prefix);
        writer.WriteOptionalString(JsonNames.Suffix, Suffix);
        writer.WriteEndObject();
    }
}
