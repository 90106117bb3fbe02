using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateTextParameter
{
    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.Text);
        writer.WriteString(JsonNames.Text, Value);
        writer.WriteOptionalString(JsonNames.ParameterName, ParameterName);
        writer.WriteEndObject();
    }
}
