using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class InteractiveButtonsMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.Button;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        writer.WriteStartArray(JsonNames.Buttons);
        foreach (var button in _buttons)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Type, JsonNames.Reply);
            writer.WriteStartObject(JsonNames.Reply);
            writer.WriteString(JsonNames.Id, button.Id);
            writer.WriteString(JsonNames.Title, button.Title);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
