using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>
/// The throughput headroom: sends are paced below the rate, so that a server counting arrivals in a strict one-second
/// window never sees more than the rate, and sends that wake up late leave spaced (the departure gate) instead of bunching.
/// </summary>
public sealed class ThroughputHeadroomTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Rules_DefaultHeadroomAt80Mps_SpacesSendsAt76Point8PerSecond()
    {
        var rules = new RateLimitRules(80, 1_000, TimeSpan.FromSeconds(6), 45, RateLimitDefaults.ThroughputHeadroom);

        Assert.Equal(TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / 76.8)), rules.ThroughputInterval);

        // 81 sends span 80 intervals: more than a second plus the jitter budget (half of it for late departures).
        Assert.True(rules.ThroughputInterval * 80 > TimeSpan.FromSeconds(1.04));
        Assert.Equal(TimeSpan.FromSeconds(0.04 / 0.96) / 2, rules.LateDepartureTolerance);
        Assert.True(rules.LateDepartureTolerance <= ((rules.ThroughputInterval * 80) - TimeSpan.FromSeconds(1)) / 2);
    }

    [Fact]
    public void Rules_NoHeadroom_ExactSpacingAndNoLateDepartureCheck()
    {
        var rules = new RateLimitRules(80, 1_000, TimeSpan.FromSeconds(6), 45);

        Assert.Equal(TimeSpan.FromMilliseconds(12.5), rules.ThroughputInterval);
        Assert.Equal(TimeSpan.Zero, rules.LateDepartureTolerance);
    }

    [Fact]
    public void Rules_NoHeadroomAndARateThatDoesNotDivideASecond_StillNoLateDepartureCheck()
    {
        // 30 mps rounds the interval up to 333,334 ticks: 30 of them exceed a second by 20 ticks, which is rounding, not a
        // jitter budget. Taken as one, every send would have counted as late and left two intervals after the previous.
        var rules = new RateLimitRules(30, 1_000, TimeSpan.FromSeconds(6), 45);

        Assert.Equal(TimeSpan.FromTicks(333_334), rules.ThroughputInterval);
        Assert.Equal(TimeSpan.Zero, rules.LateDepartureTolerance);
    }

    [Fact]
    public async Task SendAsync_DefaultHeadroom_NoOneSecondWindowHoldsMoreThanTheRate()
    {
        using var graph = new LimitedGraph(o =>
        {
            o.MessagesPerSecond = 10;
            o.ThroughputHeadroom = RateLimitDefaults.ThroughputHeadroom;
        }).AcceptMessages();

        var sends = Enumerable.Range(0, 30).Select(i => graph.Messages.SendTextAsync($"+1650555{i:D4}", "hi", cancellationToken: Ct)).ToList();
        for (var step = 0; step < 400 && !sends.All(s => s.IsCompleted); step++)
        {
            await graph.SettleAsync();
            graph.Time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Yield();
        }

        await Task.WhenAll(sends);
        AssertSlidingWindow(graph.Arrivals, limit: 10);
    }

    [Fact]
    public async Task SendAsync_WokenUpLateAfterAStall_LateSendsLeaveSpacedInsteadOfBunching()
    {
        using var graph = new LimitedGraph(o =>
        {
            o.MessagesPerSecond = 10;
            o.ThroughputHeadroom = 0.04;
        }).AcceptMessages();
        var interval = new RateLimitRules(10, 1_000, TimeSpan.FromSeconds(6), 45, 0.04).ThroughputInterval;

        var sends = Enumerable.Range(0, 6).Select(i => graph.Messages.SendTextAsync($"+1650555{i:D4}", "hi", cancellationToken: Ct)).ToList();
        await sends[0];
        await graph.Time.WaitForTimerAsync(TimeSpan.FromMilliseconds(Math.Ceiling((interval * 5).TotalMilliseconds)));

        // The process stalls for 600 ms: every waiting send wakes up at once, long after its slot.
        graph.Time.Advance(TimeSpan.FromMilliseconds(600));
        for (var step = 0; step < 400 && !sends.All(s => s.IsCompleted); step++)
        {
            await graph.SettleAsync();
            graph.Time.Advance(TimeSpan.FromMilliseconds(5));
            await Task.Yield();
        }

        await Task.WhenAll(sends);
        var arrivals = graph.Arrivals.Order().ToArray();
        Assert.Equal(6, arrivals.Length);
        for (var i = 1; i < arrivals.Length; i++)
        {
            // The clock moves in 5 ms steps: a send leaves at the first step at or after its slot.
            Assert.True(arrivals[i] - arrivals[i - 1] >= interval - TimeSpan.FromMilliseconds(5), $"sends {i - 1} and {i} left {arrivals[i] - arrivals[i - 1]} apart: {string.Join(", ", arrivals)}");
        }
    }

    [Fact]
    public async Task SendAsync_EveryWakeUpLateOnACoarseClock_NoWindowOverTheRateAndAtMostTwoIntervalsBetweenSends()
    {
        using var graph = new LimitedGraph(o =>
        {
            o.MessagesPerSecond = 10;
            o.ThroughputHeadroom = 0.04;
        }).AcceptMessages();
        var rules = new RateLimitRules(10, 1_000, TimeSpan.FromSeconds(6), 45, 0.04);

        // The clock moves in 30 ms steps, more than the 20.8 ms tolerance: a third of the wake-ups come later than it.
        // Each of those takes two intervals of the departure gate; none goes to the back of the queue again.
        var sends = Enumerable.Range(0, 30).Select(i => graph.Messages.SendTextAsync($"+1650555{i:D4}", "hi", cancellationToken: Ct)).ToList();
        for (var step = 0; step < 400 && !sends.All(s => s.IsCompleted); step++)
        {
            // Only the timers are late: the clock does not move while a request is on its way to the server.
            await graph.SettleAsync();
            graph.Time.Advance(TimeSpan.FromMilliseconds(30));
            await Task.Yield();
        }

        await Task.WhenAll(sends);
        var arrivals = graph.Arrivals.Order().ToArray();
        AssertSlidingWindow(arrivals, limit: 10);
        for (var i = 1; i < arrivals.Length; i++)
        {
            Assert.True(arrivals[i] - arrivals[i - 1] <= (rules.ThroughputInterval * 2) + TimeSpan.FromMilliseconds(30),
                $"sends {i - 1} and {i} left {arrivals[i] - arrivals[i - 1]} apart: more than the gate's two intervals");
        }
    }

    [Fact]
    public void Acquire_FallbackStoreStartsAsIfTheQueueWereFull_SendsWaitRatherThanBeingRefused()
    {
        var time = new FakeTimeProvider();
        var store = InMemoryRateLimitStore.CreateFallback(time);
        var rules = new RateLimitRules(80, 10, TimeSpan.FromSeconds(6), 45);

        var decisions = Enumerable.Range(0, 11).Select(_ => store.Acquire("1", 0, rules, PairAcquireMode.Skip)).ToList();

        // The unknown history is a wait shared by every send, not sends queued ahead: the whole queue is still there.
        Assert.All(decisions, d => Assert.Equal(RateLimitOutcome.Acquired, d.Outcome));
        Assert.Equal(rules.MaxQueueDelay, decisions[0].Delay);
        Assert.Equal(rules.MaxQueueDelay + (rules.ThroughputInterval * 10), decisions[10].Delay);
        Assert.Equal(RateLimitOutcome.QueueFull, store.Acquire("1", 0, rules, PairAcquireMode.Skip).Outcome);
    }

    private static void AssertSlidingWindow(IReadOnlyList<TimeSpan> arrivals, int limit)
    {
        var sorted = arrivals.Order().ToArray();
        for (var i = limit; i < sorted.Length; i++)
        {
            Assert.True(sorted[i] - sorted[i - limit] >= TimeSpan.FromSeconds(1), $"{limit + 1} arrivals within {sorted[i] - sorted[i - limit]}");
        }
    }
}
