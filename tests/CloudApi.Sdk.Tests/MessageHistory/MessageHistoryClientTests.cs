using CloudApi.Sdk.MessageHistory;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.MessageHistory;

public sealed class MessageHistoryClientTests
{
    private const string Phone = GraphServer.PhoneNumberId;

    [Fact]
    public async Task ListAsync_OneMessage_ReadsEntryWithItsEvents()
    {
        using var graph = new GraphServer().On("GET", $"{Phone}/message_history",
            """
            {"data":[{"id":"1234567890123456","message_id":"wamid.HBgLMTY0NzM3Nzc3NzUVAgARGBI5QTNEQTA2RjdGMEY4RTRGAA==",
              "events":{"data":[{"id":"2345678901234567","delivery_status":"SENT","timestamp":1640995200,"webhook_update_state":"DELIVERED",
                "application":{"id":"9876543210987654"},"webhook_uri":"https://example.com/webhook"}]}}]}
            """);

        var entries = await graph.Client.MessageHistory.ListAsync(new MessageHistoryListOptions { MessageId = "wamid.HBgLMTY0NzM3Nzc3NzUVAgARGBI5QTNEQTA2RjdGMEY4RTRGAA==", PageSize = 10 },
            TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        var entry = Assert.Single(entries);
        var delivery = Assert.Single(entry.Events);
        Assert.Equal(("1234567890123456", (DeliveryStatus?)DeliveryStatus.Sent, DateTimeOffset.FromUnixTimeSeconds(1640995200), "DELIVERED", "9876543210987654"),
            (entry.Id, delivery.Status, delivery.Timestamp!.Value, delivery.WebhookUpdateState, delivery.ApplicationId));
        AssertQuery(graph.SingleRequest(), ("message_id", "wamid.HBgLMTY0NzM3Nzc3NzUVAgARGBI5QTNEQTA2RjdGMEY4RTRGAA=="), ("limit", "10"));
    }

    [Fact]
    public async Task ListEventsAsync_StatusFilter_ReadsNodes()
    {
        using var graph = new GraphServer().On("GET", "1234567890123456/events",
            """{"data":[{"cursor":"MTA=","node":{"id":"3456789012345678","delivery_status":"DELIVERED","occurrence_timestamp":1640995260,"status_timestamp":1640995265,"application":{"id":"9876543210987654","name":"WhatsApp Business API Client"}}}],"paging":{"cursors":{"after":"MTA=","before":"MTA="}}}""");

        var events = await graph.Client.MessageHistory.ListEventsAsync("1234567890123456", new MessageHistoryEventListOptions { Status = DeliveryStatus.Delivered },
            TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        var item = Assert.Single(events);
        Assert.Equal(("3456789012345678", (DeliveryStatus?)DeliveryStatus.Delivered, DateTimeOffset.FromUnixTimeSeconds(1640995265), "WhatsApp Business API Client"),
            (item.Id, item.Status, item.RecordedAt!.Value, item.ApplicationName));
        AssertQuery(graph.SingleRequest(), ("status_filter", "DELIVERED"));
    }

    [Fact]
    public void ListEventsAsync_MalformedId_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        Assert.Throws<WhatsAppValidationException>(() => graph.Client.MessageHistory.ListEventsAsync("wamid.x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void ListOptions_PageSizeOver100_Refused()
    {
        Assert.Equal("limit", Assert.Throws<WhatsAppValidationException>(() => new MessageHistoryListOptions { PageSize = 101 }).Field);
    }
}
