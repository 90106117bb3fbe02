using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class FlowAction
{
    /// <summary>Writes <c>flow_action</c> and, for <c>navigate</c>, <c>flow_action_payload</c> into the open parameters object.</summary>
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.FlowAction, Name);
        if (Screen is null)
        {
            return;
        }

        writer.WriteStartObject(JsonNames.FlowActionPayload);
        writer.WriteString(JsonNames.Screen, Screen);
        if (Data is { } data)
        {
            writer.WritePropertyName(JsonNames.Data);
            data.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
