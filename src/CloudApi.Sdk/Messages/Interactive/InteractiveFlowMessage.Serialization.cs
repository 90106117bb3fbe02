using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class InteractiveFlowMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.Flow;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        StartNamedAction(writer, JsonNames.Flow);
        writer.WriteString(JsonNames.FlowMessageVersion, "3"u8);
        writer.WriteOptionalString(JsonNames.FlowToken, FlowToken);
        writer.WriteOptionalString(JsonNames.FlowId, Flow.Id);
        writer.WriteOptionalString(JsonNames.FlowName, Flow.Name);
        writer.WriteString(JsonNames.FlowCta, FlowCta);
        if (Draft)
        {
            writer.WriteString(JsonNames.Mode, "draft"u8);
        }

        Action?.Write(writer);
        writer.WriteEndObject();
    }
}
