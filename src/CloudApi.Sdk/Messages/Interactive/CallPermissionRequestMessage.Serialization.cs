using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class CallPermissionRequestMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.CallPermissionRequest;

    private protected override void WriteAction(Utf8JsonWriter writer) =>
        writer.WriteString(JsonNames.Name, JsonNames.CallPermissionRequest);
}
