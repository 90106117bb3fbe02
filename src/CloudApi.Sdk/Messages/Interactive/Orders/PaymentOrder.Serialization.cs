using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class PaymentOrder
{
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Order);
        writer.WriteString(JsonNames.Status, Status.Value);
        writer.WriteOptionalString(JsonNames.CatalogId, CatalogId);
        writer.WriteStartArray(JsonNames.Items);
        foreach (var item in _items)
        {
            item.Write(writer);
        }

        writer.WriteEndArray();
        Subtotal.Write(writer, JsonNames.Subtotal);
        Tax?.Write(writer, JsonNames.Tax);
        Shipping?.Write(writer, JsonNames.Shipping);
        Discount?.Write(writer);
        writer.WriteEndObject();
    }
}
