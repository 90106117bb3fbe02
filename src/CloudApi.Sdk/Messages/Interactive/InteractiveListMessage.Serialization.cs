using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class InteractiveListMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.List;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.Button, Button);
        writer.WriteStartArray(JsonNames.Sections);
        foreach (var section in _sections)
        {
            section.Write(writer);
        }

        writer.WriteEndArray();
    }
}
