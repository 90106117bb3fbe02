using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateBodyComponent
{
    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.Body);
        WriteParameters(writer, _parameters);
        writer.WriteEndObject();
    }
}
