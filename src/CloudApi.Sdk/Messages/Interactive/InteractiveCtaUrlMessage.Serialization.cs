using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class InteractiveCtaUrlMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.CtaUrl;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        StartNamedAction(writer, JsonNames.CtaUrl);
        writer.WriteString(JsonNames.DisplayText, DisplayText);
        writer.WriteUri(JsonNames.Url, Url);
        writer.WriteEndObject();
    }
}
