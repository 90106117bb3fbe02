using System.Net;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

/// <summary>The payment interactive messages: <c>order_details</c> (review and pay) and <c>order_status</c>.</summary>
public sealed class OrderMessageTests
{
    private const string Details = """
        {"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"order_details",
         "header":{"type":"image","image":{"link":"https://x.com/bread.jpg"}},"body":{"text":"Your order"},"footer":{"text":"Thanks"},
         "action":{"name":"review_and_pay","parameters":{"reference_id":"r-1","type":"physical-goods","currency":"INR",
          "payment_configuration":"cfg","total_amount":{"value":1150,"offset":100},
          "order":{"status":"pending","items":[
            {"retailer_id":"sku-1","name":"bread","amount":{"value":500,"offset":100},"quantity":2},
            {"retailer_id":"sku-2","name":"jam","amount":{"value":400,"offset":100},"sale_amount":{"value":300,"offset":100},"quantity":1}],
           "subtotal":{"value":1300,"offset":100},"tax":{"value":100,"offset":100},
           "shipping":{"value":50,"offset":100},"discount":{"value":300,"offset":100,"discount_program_name":"launch"}}}}}}
        """;

    private const string Status = """
        {"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"order_status",
         "body":{"text":"Shipped"},"action":{"name":"review_order","parameters":{"reference_id":"r-1",
          "order":{"status":"shipped","description":"On its way"}}}}}
        """;

    [Fact]
    public async Task Send_OrderDetailsAndStatus_AreAccepted()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        Assert.Equal(0, await harness.SendCodeAsync(Details));
        Assert.Equal(0, await harness.SendCodeAsync(Status));
        Assert.Equal(0, await harness.SendCodeAsync(Status.Replace("\"shipped\"", "\"partially-shipped\"", StringComparison.Ordinal)));
        Assert.Equal(0, await harness.SendCodeAsync(Status.Replace("On its way", new string('a', 120), StringComparison.Ordinal)));
        Assert.Equal(4, harness.Emulator.Messages.Count);
    }

    [Theory]
    [InlineData("\"reference_id\":\"r-1\",", "", 131008, "interactive.action.parameters.reference_id")]
    [InlineData("\"physical-goods\"", "\"services\"", 100, "interactive.action.parameters.type")]
    [InlineData("\"name\":\"review_and_pay\"", "\"name\":\"review_order\"", 100, "interactive.action.name")]
    [InlineData("\"status\":\"pending\"", "\"status\":\"shipped\"", 100, "interactive.action.parameters.order.status")]
    [InlineData("\"total_amount\":{\"value\":1150,\"offset\":100},", "", 131008, "interactive.action.parameters.total_amount")]
    [InlineData("\"quantity\":2", "\"quantity\":1.5", 100, "interactive.action.parameters.order.items[0].quantity")]
    [InlineData("\"quantity\":2", "\"quantity\":0", 100, "interactive.action.parameters.order.items[0].quantity")]
    [InlineData("\"value\":500,\"offset\":100", "\"value\":\"500\",\"offset\":100", 100, "interactive.action.parameters.order.items[0].amount.value")]
    [InlineData("\"value\":500,\"offset\":100", "\"value\":500,\"offset\":0", 100, "interactive.action.parameters.order.items[0].amount.offset")]
    [InlineData("\"tax\":{\"value\":100,\"offset\":100},", "", 131008, "interactive.action.parameters.order.tax")]
    [InlineData("\"subtotal\":{\"value\":1300,", "\"subtotal\":{\"value\":1400,", 131009, "interactive.action.parameters.order.subtotal")]
    [InlineData("{\"value\":1150,", "{\"value\":1151,", 131009, "interactive.action.parameters.total_amount")]
    public async Task Send_BadOrderDetails_IsRefusedNamingTheField(string from, string to, int code, string field)
    {
        await AssertRefusedAsync(Details.Replace(from, to, StringComparison.Ordinal), code, field);
    }

    [Fact]
    public async Task Send_OrderDetailsWithoutItems_IsRefusedWith100()
    {
        var start = Details.IndexOf("\"items\":[", StringComparison.Ordinal);
        var end = Details.IndexOf("],", start, StringComparison.Ordinal);
        await AssertRefusedAsync(Details[..start] + "\"items\":[" + Details[end..], 100, "interactive.action.parameters.order.items");
    }

    [Theory]
    [InlineData("\"reference_id\":\"r-1\",", "", 131008, "interactive.action.parameters.reference_id")]
    [InlineData("\"status\":\"shipped\"", "\"status\":\"lost\"", 100, "interactive.action.parameters.order.status")]
    [InlineData("\"body\":{\"text\":\"Shipped\"},", "", 131008, "interactive.body")]
    public async Task Send_BadOrderStatus_IsRefusedNamingTheField(string from, string to, int code, string field)
    {
        await AssertRefusedAsync(Status.Replace(from, to, StringComparison.Ordinal), code, field);
    }

    [Fact]
    public async Task Send_OrderStatusDescriptionOver120_IsRefusedWith100()
    {
        await AssertRefusedAsync(Status.Replace("On its way", new string('a', 121), StringComparison.Ordinal), 100, "interactive.action.parameters.order.description");
    }

    private static async Task AssertRefusedAsync(string json, int code, string field)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.SendAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await EmulatorHarness.JsonAsync(response))["error"]!;
        Assert.Equal(code, error["code"]!.GetValue<int>());
        Assert.Contains($"Param {field} ", error["error_data"]!["details"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(harness.Emulator.Messages);
    }
}
