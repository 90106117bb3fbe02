using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class OrderDiscount
{
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Discount);
        writer.WriteNumber(JsonNames.Value, Value);
        writer.WriteNumber(JsonNames.Offset, Offset);
        writer.WriteOptionalString(JsonNames.Description, Description);
        writer.WriteOptionalString(JsonNames.DiscountProgramName, DiscountProgramName);
        writer.WriteEndObject();
    }
}
