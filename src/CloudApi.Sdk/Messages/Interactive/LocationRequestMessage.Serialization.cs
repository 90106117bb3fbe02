using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class LocationRequestMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.LocationRequestMessage;

    private protected override void WriteAction(Utf8JsonWriter writer) =>
        writer.WriteString(JsonNames.Name, JsonNames.SendLocation);
}
