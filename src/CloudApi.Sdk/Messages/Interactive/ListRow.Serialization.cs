using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ListRow
{
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Id, Id);
        writer.WriteString(JsonNames.Title, Title);
        writer.WriteOptionalString(JsonNames.Description, Description);
        writer.WriteEndObject();
    }
}
