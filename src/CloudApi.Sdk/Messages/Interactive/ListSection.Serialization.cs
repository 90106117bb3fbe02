using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ListSection
{
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteOptionalString(JsonNames.Title, Title);
        writer.WriteStartArray(JsonNames.Rows);
        foreach (var row in _rows)
        {
            row.Write(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
