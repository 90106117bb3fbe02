using CloudApi.Sdk.RateLimiting;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>After a 131056 for a user, no send to that user leaves before the 4^X wait, sends that already had their slot included.</summary>
public sealed class PairHoldTests
{
    private const string Alice = "+16505551234";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_131056WhileAnotherSendToTheUserHeldItsSlot_ThatSendLeavesBehindTheRetry()
    {
        using var graph = new LimitedGraph(o => o.MessagesPerSecond = 2).FailThenAccept(WhatsAppErrorCodes.PairRateLimit, times: 1);

        // Both sends take their pair slot at once (the burst is free); the second waits for its throughput slot at 0.5 s.
        var first = graph.Messages.SendTextAsync(Alice, "first", cancellationToken: Ct);
        var second = graph.Messages.SendTextAsync(Alice, "second", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));

        graph.Time.Advance(TimeSpan.FromSeconds(0.5));
        Assert.Single(graph.Arrivals);
        graph.Time.Advance(TimeSpan.FromSeconds(0.5));
        await first;
        for (var i = 0; i < 70 && !second.IsCompleted; i++)
        {
            graph.Time.Advance(TimeSpan.FromSeconds(0.1));
            await Task.Yield();
            if (graph.Time.Elapsed >= TimeSpan.FromSeconds(7))
            {
                await graph.WaitForArrivalsAsync(3);
            }
        }

        await second;

        // The refused send is retried after 4^0 = 1 s; the other send to the user leaves one pair interval after that retry,
        // not at its own slot at 0.5 s.
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(7)], graph.Arrivals);
    }
}
