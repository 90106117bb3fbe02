using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TextMessage
{
    internal override void WriteContent(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Text);
        writer.WriteString(JsonNames.Body, Body);
        if (PreviewUrl is { } previewUrl)
        {
            writer.WriteBoolean(JsonNames.PreviewUrl, previewUrl);
        }

        writer.WriteEndObject();
    }
}
