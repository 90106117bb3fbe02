using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class OrderDetailsMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.OrderDetails;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        StartNamedAction(writer, JsonNames.ReviewAndPay);
        writer.WriteString(JsonNames.ReferenceId, ReferenceId);
        writer.WriteString(JsonNames.Type, GoodsType.Value);
        writer.WriteOptionalString(JsonNames.PaymentType, PaymentType);
        writer.WriteOptionalString(JsonNames.PaymentConfiguration, PaymentConfiguration);
        writer.WriteString(JsonNames.Currency, Currency);
        TotalAmount.Write(writer, JsonNames.TotalAmount);
        Order.Write(writer);
        writer.WriteEndObject();
    }
}
