using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class InteractiveHeader
{
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Header);
        writer.WriteString(JsonNames.Type, EncodedType);
        if (Media is null)
        {
            writer.WriteString(JsonNames.Text, Text);
        }
        else
        {
            Media.WriteObject(writer, EncodedType);
        }

        writer.WriteEndObject();
    }
}
