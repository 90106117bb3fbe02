using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// An order the user reviews and pays in WhatsApp (Payments API):
/// <c>{"type":"order_details","body":{"text":"..."},"action":{"name":"review_and_pay","parameters":{"reference_id":"...",
/// "type":"digital-goods","payment_type":"upi","payment_configuration":"...","currency":"INR","total_amount":{...},"order":{...}}}}</c>.
/// The total must equal the order's subtotal + tax + shipping - discount.
/// </summary>
public sealed partial class OrderDetailsMessage : InteractiveMessage
{
    /// <summary>Creates an order-details message.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <param name="referenceId">Your unique id of the order; status updates and payment webhooks carry it.</param>
    /// <param name="type">What is sold: <see cref="OrderGoodsType.DigitalGoods"/> or <see cref="OrderGoodsType.PhysicalGoods"/>.</param>
    /// <param name="currency">The ISO 4217 currency code, e.g. <c>INR</c>.</param>
    /// <param name="totalAmount">What the buyer pays.</param>
    /// <param name="order">The order's items and costs.</param>
    /// <exception cref="WhatsAppValidationException">A field is missing or empty, the currency is not three letters, or the total does not add up.</exception>
    public OrderDetailsMessage(string body, string referenceId, OrderGoodsType type, string currency, OrderAmount totalAmount, PaymentOrder order)
    {
        BodyPart = ValidBody(body);
        Validate.NotEmpty(referenceId, "interactive.action.parameters.reference_id");
        Validate.NotEmpty(type.Value, "interactive.action.parameters.type");
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetter))
        {
            throw new WhatsAppValidationException("interactive.action.parameters.currency",
                $"interactive.action.parameters.currency '{currency}' must be an ISO 4217 code of three letters, e.g. INR.", 3);
        }

        TotalAmount = Validate.NotNull(totalAmount, "interactive.action.parameters.total_amount");
        Order = Validate.NotNull(order, "interactive.action.parameters.order");
        if (order.Total != totalAmount.Money)
        {
            throw new WhatsAppValidationException("interactive.action.parameters.total_amount",
                $"interactive.action.parameters.total_amount is {totalAmount.Money}; it must equal the order's subtotal + tax + shipping - discount, {order.Total}.");
        }

        ReferenceId = referenceId;
        GoodsType = type;
        Currency = currency;
    }

    /// <inheritdoc />
    public override string InteractiveType => "order_details";

    /// <summary>The text.</summary>
    public string Body => BodyPart!;

    /// <summary>Your unique id of the order.</summary>
    public string ReferenceId { get; }

    /// <summary>What is sold (<c>parameters.type</c>).</summary>
    public OrderGoodsType GoodsType { get; }

    /// <summary>The ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>What the buyer pays.</summary>
    public OrderAmount TotalAmount { get; }

    /// <summary>The order's items and costs.</summary>
    public PaymentOrder Order { get; }

    /// <summary><value>The payment method, e.g. <c>upi</c> (India). Default <see langword="null"/> (not sent); when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public string? PaymentType
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "interactive.action.parameters.payment_type");
    }

    /// <summary>
    /// <value>The name of the payment configuration set up in WhatsApp Manager. Default <see langword="null"/> (not sent); when set, not empty.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public string? PaymentConfiguration
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "interactive.action.parameters.payment_configuration");
    }

    /// <summary><value>A text, image, video or document header. Default <see langword="null"/> (none).</value></summary>
    public InteractiveHeader? Header { get => HeaderPart; init => HeaderPart = value; }

    /// <summary><value>The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The footer is empty or too long.</exception>
    public string? Footer { get => FooterPart; init => FooterPart = value; }
}
