using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class OrderItem
{
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.RetailerId, RetailerId);
        writer.WriteString(JsonNames.Name, Name);
        Amount.Write(writer, JsonNames.Amount);
        writer.WriteNumber(JsonNames.Quantity, Quantity);
        SaleAmount?.Write(writer, JsonNames.SaleAmount);
        writer.WriteOptionalString(JsonNames.CountryOfOrigin, CountryOfOrigin);
        writer.WriteOptionalString(JsonNames.ImporterName, ImporterName);
        writer.WriteEndObject();
    }
}
