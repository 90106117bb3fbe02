using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ReactionMessage
{
    internal override void WriteContent(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Reaction);
        writer.WriteString(JsonNames.MessageId, MessageId);
        writer.WriteString(JsonNames.Emoji, Emoji);
        writer.WriteEndObject();
    }
}
