using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateHeaderComponent
{
    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.Header);
        WriteParameters(writer, _parameters);
        writer.WriteEndObject();
    }
}
