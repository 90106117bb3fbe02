using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Tests.Messages;

public sealed class OrderMessageTests
{
    private static readonly OrderAmount Hundred = new(100, 100);

    [Fact]
    public Task SendAsync_OrderDetailsOfPhysicalGoodsWithCatalog_PostsOrder() =>
        SentMessage.AssertWireBodyAsync(
            new OrderDetailsMessage("Your order", "ref-1", OrderGoodsType.PhysicalGoods, "INR", new OrderAmount(2000, 100),
                new PaymentOrder(OrderStatus.Pending, new OrderAmount(2000, 100), new OrderItem("SKU1", "Mug", new OrderAmount(1000, 100), 2) { CountryOfOrigin = "India", ImporterName = "Lucky Shrub" })
                {
                    CatalogId = "367025965434465",
                }),
            "interactive",
            """
            {"interactive":{"type":"order_details","body":{"text":"Your order"},"action":{"name":"review_and_pay","parameters":{
              "reference_id":"ref-1","type":"physical-goods","currency":"INR","total_amount":{"value":2000,"offset":100},
              "order":{"status":"pending","catalog_id":"367025965434465",
                "items":[{"retailer_id":"SKU1","name":"Mug","amount":{"value":1000,"offset":100},"quantity":2,"country_of_origin":"India","importer_name":"Lucky Shrub"}],
                "subtotal":{"value":2000,"offset":100}}}}}}
            """);

    [Fact]
    public Task SendAsync_OrderStatusWithoutDescription_PostsStatusOnly() =>
        SentMessage.AssertWireBodyAsync(new OrderStatusMessage("Shipped!", "ref-1", OrderStatus.Shipped) { Footer = "Thanks" }, "interactive",
            """
            {"interactive":{"type":"order_status","body":{"text":"Shipped!"},"footer":{"text":"Thanks"},
             "action":{"name":"review_order","parameters":{"reference_id":"ref-1","order":{"status":"shipped"}}}}}
            """);

    [Fact]
    public void PaymentOrder_SubtotalNotTheSumOfItems_RefusedWithBothSums()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() =>
            new PaymentOrder(OrderStatus.Pending, new OrderAmount(1500, 100), new OrderItem("SKU1", "Mug", new OrderAmount(1000, 100), 2)));

        Assert.Equal("order.subtotal", error.Field);
        Assert.Contains("15", error.Message, StringComparison.Ordinal);
        Assert.Contains("20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PaymentOrder_SubtotalWithADifferentOffset_ComparedAsMoney()
    {
        var order = new PaymentOrder(OrderStatus.Pending, new OrderAmount(20, 1), new OrderItem("SKU1", "Mug", new OrderAmount(1000, 100), 2));

        Assert.Equal(20, order.Subtotal.Value);
    }

    [Fact]
    public void OrderDetailsMessage_TotalNotSubtotalPlusTaxAndShippingMinusDiscount_Refused()
    {
        var order = new PaymentOrder(OrderStatus.Pending, new OrderAmount(1000, 100), new OrderItem("SKU1", "Bread", new OrderAmount(1000, 100), 1))
        {
            Tax = Hundred,
            Shipping = Hundred,
            Discount = new OrderDiscount(100, 100),
        };

        var error = Assert.Throws<WhatsAppValidationException>(() =>
            new OrderDetailsMessage("Pay", "ref-1", OrderGoodsType.DigitalGoods, "INR", new OrderAmount(1200, 100), order));
        var accepted = new OrderDetailsMessage("Pay", "ref-1", OrderGoodsType.DigitalGoods, "INR", new OrderAmount(1100, 100), order);

        Assert.Equal("interactive.action.parameters.total_amount", error.Field);
        Assert.Equal(1100, accepted.TotalAmount.Value);
    }

    [Theory]
    [InlineData("IN")]
    [InlineData("IN1")]
    [InlineData("")]
    public void OrderDetailsMessage_CurrencyNotThreeLetters_Refused(string currency)
    {
        var order = new PaymentOrder(OrderStatus.Pending, Hundred, new OrderItem("SKU1", "Bread", Hundred, 1));

        var error = Assert.Throws<WhatsAppValidationException>(() =>
            new OrderDetailsMessage("Pay", "ref-1", OrderGoodsType.DigitalGoods, currency, Hundred, order));

        Assert.Equal("interactive.action.parameters.currency", error.Field);
    }

    [Fact]
    public void OrderParts_OutOfRange_RefusedNamingTheField()
    {
        Assert.Equal("amount.value", Assert.Throws<WhatsAppValidationException>(() => new OrderAmount(-1, 100)).Field);
        Assert.Equal("amount.offset", Assert.Throws<WhatsAppValidationException>(() => new OrderAmount(1, 0)).Field);
        Assert.Equal("order.items.quantity", Assert.Throws<WhatsAppValidationException>(() => new OrderItem("SKU1", "Bread", Hundred, 0)).Field);
        Assert.Equal("order.items", Assert.Throws<WhatsAppValidationException>(() => new PaymentOrder(OrderStatus.Pending, Hundred)).Field);
        Assert.Equal("order.status", Assert.Throws<WhatsAppValidationException>(() => new PaymentOrder(default, Hundred, new OrderItem("S", "B", Hundred, 1))).Field);
        Assert.Equal("order.discount.discount_program_name", Assert.Throws<WhatsAppValidationException>(() => new OrderDiscount(1, 1) { DiscountProgramName = " " }).Field);
        Assert.Equal("interactive.action.parameters.reference_id", Assert.Throws<WhatsAppValidationException>(() => new OrderStatusMessage("Hi", "", OrderStatus.Canceled)).Field);
    }
}
