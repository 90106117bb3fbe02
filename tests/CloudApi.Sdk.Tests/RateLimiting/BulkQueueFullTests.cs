using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>A bulk send meets a full queue (other sends hold every slot): it waits for room instead of failing its messages.</summary>
public sealed class BulkQueueFullTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendBulkAsync_QueueFullOfOtherSends_WaitsForRoomAndSendsEveryMessageOnce()
    {
        using var graph = new LimitedGraph(o => { o.MessagesPerSecond = 1; o.MaxQueueLength = 2; }).AcceptMessages();
        await graph.Messages.SendTextAsync("+16505550001", "now", cancellationToken: Ct);
        var queued = new[]
        {
            graph.Messages.SendTextAsync("+16505550002", "in 1 s", cancellationToken: Ct),
            graph.Messages.SendTextAsync("+16505550003", "in 2 s", cancellationToken: Ct),
        };
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));

        var bulk = graph.Messages.SendBulkAsync(
            [new BulkMessage("+16505550004", new TextMessage("bulk 1")), new BulkMessage("+16505550005", new TextMessage("bulk 2"))],
            new BulkSendOptions { MaxConcurrency = 2 },
            Ct);

        // Both bulk messages find the queue full and wait for its next free slot, 3 s away, instead of failing.
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        for (var arrivals = 2; arrivals <= 4; arrivals++)
        {
            graph.Time.Advance(TimeSpan.FromSeconds(1));
            await graph.WaitForArrivalsAsync(arrivals);
        }

        // At 3 s one bulk message takes the free slot; the other is admitted to the queue and waits for the next.
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        graph.Time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(queued);
        var result = await bulk;
        Assert.Equal(2, result.Accepted);
        Assert.Equal(0, result.Failed);
        Assert.Equal(5, graph.Arrivals.Count);
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4)], graph.Arrivals.Order());
    }
}
