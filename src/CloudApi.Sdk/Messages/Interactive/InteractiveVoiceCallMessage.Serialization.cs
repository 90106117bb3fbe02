using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class InteractiveVoiceCallMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.VoiceCall;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        StartNamedAction(writer, JsonNames.VoiceCall);
        writer.WriteString(JsonNames.DisplayText, DisplayText);
        writer.WriteOptionalNumber(JsonNames.TtlMinutes, TtlMinutes);
        writer.WriteOptionalString(JsonNames.Payload, Payload);
        writer.WriteEndObject();
    }
}
