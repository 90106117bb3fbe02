using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateButtonComponent
{
    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.Button);
        writer.WriteString(JsonNames.SubType, _encodedSubType);
        writer.WriteIntegerAsString(JsonNames.Index, Index);
        WriteParameters(writer, _parameters);
        writer.WriteEndObject();
    }
}
