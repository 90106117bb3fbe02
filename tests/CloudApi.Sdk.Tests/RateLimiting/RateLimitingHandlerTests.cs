using System.Diagnostics.Metrics;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CloudApi.Sdk.Tests.RateLimiting;

public sealed class RateLimitingHandlerTests
{
    private const string Alice = "+16505551234";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_131056TwiceThenAccepted_RetriesAfter1sThen4s()
    {
        using var graph = new LimitedGraph().FailThenAccept(WhatsAppErrorCodes.PairRateLimit, times: 2);
        using var retries = new MetricCollector<long>(graph.Services.GetRequiredService<IMeterFactory>(), "CloudApi.Sdk", "cloudapi.sdk.ratelimit.retries");

        var send = graph.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        graph.Time.Advance(TimeSpan.FromSeconds(1));
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(4));
        graph.Time.Advance(TimeSpan.FromSeconds(4));
        var result = await send;

        Assert.StartsWith("wamid.", result.MessageId, StringComparison.Ordinal);
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)], graph.Arrivals);
        var measurements = retries.GetMeasurementSnapshot();
        Assert.Equal(2, measurements.EvaluateAsCounter());
        Assert.All(measurements, m =>
        {
            Assert.Equal(WhatsAppErrorCodes.PairRateLimit, m.Tags["error_code"]);
            Assert.Equal(LimitedGraph.PhoneNumberId, m.Tags["phone_number_id"]);
        });
    }

    [Fact]
    public async Task SendAsync_131056Retry_ConcurrentSendToTheSameUserWaitsBehindIt()
    {
        using var graph = new LimitedGraph().FailThenAccept(WhatsAppErrorCodes.PairRateLimit, times: 1);

        var first = graph.Messages.SendTextAsync(Alice, "first", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        var second = graph.Messages.SendTextAsync(Alice, "second", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        graph.Time.Advance(TimeSpan.FromSeconds(1));
        await first;
        graph.Time.Advance(TimeSpan.FromSeconds(6));
        await second;

        // The push-forward counts the burst as used: after the retry at 1 s the pair goes one per 6 s.
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(7)], graph.Arrivals);
    }

    [Fact]
    public async Task SendAsync_ThrottledBeyondMaxRetries_ThrowsApiExceptionWithTheCode()
    {
        using var graph = new LimitedGraph(o => o.MaxThrottlingRetries = 1).AlwaysFail(WhatsAppErrorCodes.PairRateLimit);

        var send = graph.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        graph.Time.Advance(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => send);
        Assert.Equal(WhatsAppErrorCodes.PairRateLimit, error.ErrorCode);
        Assert.Equal(2, graph.Arrivals.Count);
    }

    [Fact]
    public async Task SendAsync_NonThrottlingError_IsNotRetried()
    {
        using var graph = new LimitedGraph().AlwaysFail(WhatsAppErrorCodes.InvalidParameter);

        var error = await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct));

        Assert.Equal(WhatsAppErrorCodes.InvalidParameter, error.ErrorCode);
        Assert.Single(graph.Arrivals);
    }

    [Fact]
    public async Task SendAsync_130429_HoldsBackTheWholeNumber()
    {
        using var graph = new LimitedGraph().FailThenAccept(WhatsAppErrorCodes.ThroughputLimit, times: 1);

        var first = graph.Messages.SendTextAsync(Alice, "first", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        var other = graph.Messages.SendTextAsync("+16505550000", "other", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromMilliseconds(1013));
        graph.Time.Advance(TimeSpan.FromSeconds(1));
        await first;
        graph.Time.Advance(TimeSpan.FromMilliseconds(13));
        await other;

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(1013)], graph.Arrivals);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(1_000)]
    public async Task SendAsync_ManyConcurrentSends_LeaveEvenlySpaced(int messagesPerSecond)
    {
        using var graph = new LimitedGraph(o => o.MessagesPerSecond = messagesPerSecond).AcceptMessages();
        var interval = TimeSpan.FromSeconds(1.0 / messagesPerSecond);
        const int Count = 20;

        var sends = new List<Task<SendMessageResult>>();
        for (var i = 0; i < Count; i++)
        {
            sends.Add(graph.Messages.SendTextAsync($"+1650555{i:0000}", "hi", cancellationToken: Ct));
        }

        // Waits are rounded up to whole milliseconds (Task.Delay's resolution): each send leaves at or just after its slot.
        var expected = Enumerable.Range(0, Count).Select(i => Ms(interval * i)).ToArray();
        await graph.Time.WaitForTimerAsync(expected[^1]);
        for (var i = 1; i < Count; i++)
        {
            // Move exactly to the next slot: one more send leaves, recorded at that instant.
            await graph.WaitForArrivalsAsync(i);
            graph.Time.Advance(expected[i] - expected[i - 1]);
        }

        await Task.WhenAll(sends);
        Assert.Equal(expected, graph.Arrivals.Order());
    }

    private static TimeSpan Ms(TimeSpan span) => TimeSpan.FromMilliseconds(Math.Ceiling(span.TotalMilliseconds));

    [Fact]
    public async Task SendAsync_FailFastAfterBurst_ThrowsWithRetryAfterAndSendsNothing()
    {
        using var graph = new LimitedGraph(o => { o.PairPolicy = PairLimitPolicy.FailFast; o.MessagesPerSecond = 1_000; }).AcceptMessages();
        for (var i = 0; i < 45; i++)
        {
            await graph.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct);
            graph.Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var error = await Assert.ThrowsAsync<PairRateLimitExceededException>(() => graph.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct));

        Assert.Equal(TimeSpan.FromSeconds(6) - TimeSpan.FromMilliseconds(45), error.RetryAfter);
        Assert.Equal(LimitedGraph.PhoneNumberId, error.PhoneNumberId);
        Assert.Equal(Alice, error.Recipient);
        Assert.Equal(45, graph.Arrivals.Count);
    }

    [Fact]
    public async Task SendAsync_WaitPolicyAfterBurst_46thGoesWhenThePairSlotComes()
    {
        using var graph = new LimitedGraph(o => o.MessagesPerSecond = 1_000).AcceptMessages();
        for (var i = 0; i < 45; i++)
        {
            await graph.Messages.SendTextAsync(Alice, "hi", cancellationToken: Ct);
            graph.Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var send = graph.Messages.SendTextAsync(Alice, "46th", cancellationToken: Ct);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(6) - TimeSpan.FromMilliseconds(45));
        graph.Time.Advance(TimeSpan.FromSeconds(6) - TimeSpan.FromMilliseconds(45));
        await send;

        Assert.Equal(TimeSpan.FromSeconds(6), graph.Arrivals[^1]);
    }

    [Fact]
    public async Task SendAsync_CancelledWhileWaiting_ThrowsAndSendsNothing()
    {
        using var graph = new LimitedGraph(o => o.PairBurst = 1).AcceptMessages();
        await graph.Messages.SendTextAsync(Alice, "first", cancellationToken: Ct);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var send = graph.Messages.SendTextAsync(Alice, "second", cancellationToken: cancel.Token);
        await graph.Time.WaitForTimerAsync(TimeSpan.FromSeconds(6));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Single(graph.Arrivals);
    }

    [Fact]
    public async Task SendAsync_QueueFull_ThrowsRateLimitQueueFullAndSendsNothing()
    {
        using var graph = new LimitedGraph(o => { o.MessagesPerSecond = 1; o.MaxQueueLength = 2; }).AcceptMessages();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        await graph.Messages.SendTextAsync("+16505550001", "1", cancellationToken: Ct);
        var queued = new[]
        {
            graph.Messages.SendTextAsync("+16505550002", "2", cancellationToken: cancel.Token),
            graph.Messages.SendTextAsync("+16505550003", "3", cancellationToken: cancel.Token),
        };

        var error = await Assert.ThrowsAsync<RateLimitQueueFullException>(() => graph.Messages.SendTextAsync("+16505550004", "4", cancellationToken: Ct));

        Assert.Equal(2, error.MaxQueueLength);
        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.WhenAll(queued));
        Assert.Single(graph.Arrivals);
    }

    [Fact]
    public async Task MarkAsReadAsync_ManyReceipts_TakeThroughputSlotsButNoPairState()
    {
        using var graph = new LimitedGraph(o => o.MessagesPerSecond = 1_000).AcceptReceipts();

        for (var i = 0; i < 50; i++)
        {
            await graph.Messages.MarkAsReadAsync($"wamid.IN{i}", cancellationToken: Ct);
            graph.Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal(50, graph.Arrivals.Count);
        Assert.Equal(0, graph.Store.TrackedPairs);
        var decision = graph.Store.Acquire(LimitedGraph.PhoneNumberId, 0, new RateLimitRules(1_000, 1_000, TimeSpan.FromSeconds(6), 45), PairAcquireMode.Skip);
        Assert.Equal(TimeSpan.Zero, decision.Delay);
    }

    [Fact]
    public async Task SendAsync_RateLimitingDisabled_SendsWithoutWaiting()
    {
        using var graph = new LimitedGraph(o => { o.Enabled = false; o.PairBurst = 1; }).AcceptMessages();

        await graph.Messages.SendTextAsync(Alice, "1", cancellationToken: Ct);
        await graph.Messages.SendTextAsync(Alice, "2", cancellationToken: Ct);

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero], graph.Arrivals);
        Assert.Equal(0, graph.Store.TrackedPairs);
    }

    [Fact]
    public void AddWhatsAppCloudApi_InvalidRateLimitOptions_FailsAtStartWithClearMessage()
    {
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o => o.AccessToken = "t").ConfigureRateLimiting(o => { o.PairBurst = 46; o.MessagesPerSecond = 0; });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<WhatsAppRateLimitOptions>>().Get(string.Empty));

        Assert.Contains("PairBurst 46", error.Message, StringComparison.Ordinal);
        Assert.Contains("MessagesPerSecond 0", error.Message, StringComparison.Ordinal);
    }
}
