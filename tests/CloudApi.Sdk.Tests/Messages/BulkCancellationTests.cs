using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;
using CloudApi.Sdk.Tests.RateLimiting;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CloudApi.Sdk.Tests.Messages;

/// <summary>A cancelled bulk send accounts for every message: accepted (with its id), outcome unknown, or not sent.</summary>
public sealed class BulkCancellationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendBulkAsync_CancelledWhileOneIsOnTheWireAndOthersWait_OnTheWireAcceptedOthersNotSent()
    {
        using var graph = new LimitedGraph(o => o.MessagesPerSecond = 1);

        // The server takes a moment to answer: the first message is on the wire when the campaign is cancelled.
        graph.Server.Given(Request.Create().WithPath($"/v26.0/{LimitedGraph.PhoneNumberId}/messages").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(GraphServer.SendAnswer).WithDelay(TimeSpan.FromMilliseconds(300)));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var batch = Enumerable.Range(0, 4).Select(i => new BulkMessage($"+1650555{i:D4}", new TextMessage($"m{i}"))).ToList();

        var bulk = graph.Messages.SendBulkAsync(batch, new BulkSendOptions { MaxConcurrency = 2 }, cancel.Token);
        await graph.WaitForArrivalsAsync(1);
        await cancel.CancelAsync();

        var canceled = await Assert.ThrowsAsync<BulkSendCanceledException>(() => bulk);
        var results = canceled.Result.Messages;
        Assert.Equal(4, results.Count);
        Assert.Equal(BulkMessageStatus.Accepted, results[0].Status);
        Assert.StartsWith("wamid.", results[0].Result!.MessageId, StringComparison.Ordinal);
        Assert.All(results.Skip(1), r =>
        {
            Assert.Equal(BulkMessageStatus.NotSent, r.Status);
            Assert.IsAssignableFrom<OperationCanceledException>(r.Error);
        });
        Assert.Equal([0, 1, 2, 3], results.Select(r => r.Index));
        Assert.Single(graph.Arrivals);
        Assert.Equal(cancel.Token, canceled.CancellationToken);
    }

    [Fact]
    public async Task SendBulkAsync_AsyncStreamCancelled_ResultsForEveryMessageRead()
    {
        using var graph = new LimitedGraph(o => o.MessagesPerSecond = 1).AcceptMessages();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var bulk = graph.Messages.SendBulkAsync(Endless(), new BulkSendOptions { MaxConcurrency = 3 }, cancel.Token);
        await graph.WaitForArrivalsAsync(1);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        await cancel.CancelAsync();

        var canceled = await Assert.ThrowsAsync<BulkSendCanceledException>(() => bulk);
        var result = canceled.Result;
        Assert.Equal(1, result.Accepted);
        Assert.True(result.Messages.Count >= 3, $"{result.Messages.Count} results");
        Assert.Equal(result.Messages.Count - 1, result.Count(BulkMessageStatus.NotSent));
        Assert.Single(graph.Arrivals);
    }

    private static async IAsyncEnumerable<BulkMessage> Endless()
    {
        for (var i = 0; ; i++)
        {
            yield return new BulkMessage($"+1650555{i % 10_000:D4}", new TextMessage($"m{i}"));
            await Task.Yield();
        }
    }
}
