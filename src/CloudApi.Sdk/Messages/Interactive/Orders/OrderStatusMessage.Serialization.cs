using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class OrderStatusMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.OrderStatus;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        StartNamedAction(writer, JsonNames.ReviewOrder);
        writer.WriteString(JsonNames.ReferenceId, ReferenceId);
        writer.WriteStartObject(JsonNames.Order);
        writer.WriteString(JsonNames.Status, Status.Value);
        writer.WriteOptionalString(JsonNames.Description, Description);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
