using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>
/// The in-memory departure gate after a stall shorter than the late-departure tolerance (a collection, a late timer): the
/// sends behind their slots leave at the gate's catch-up spacing until they are back on their slots, instead of keeping
/// the drift to the end of the campaign; and a send that finds no queue still passes the gate while it is catching up.
/// Driven on <see cref="FakeTimeProvider"/> in 1 ms steps, the limiter called directly (no HTTP).
/// </summary>
public sealed class DepartureGateTests : IDisposable
{
    private const string Number = "106540352242922";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);
    private readonly FakeTimeProvider _time = new();
    private readonly RateLimitMetrics _metrics = new(null);
    private readonly WhatsAppRateLimiter _limiter;
    private readonly DateTimeOffset _start;

    public DepartureGateTests()
    {
        _start = _time.GetUtcNow();
        var options = new WhatsAppRateLimitOptions { MessagesPerSecond = 10, ThroughputHeadroom = 0.04 };
        _limiter = new WhatsAppRateLimiter(options, new InMemoryRateLimitStore(_time), _time, _metrics, NullLogger.Instance);
        Rules = _limiter.Rules(Number);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private RateLimitRules Rules { get; }

    private TimeSpan Interval => Rules.ThroughputInterval;

    private TimeSpan CatchUp => Interval / (1 + Rules.LateDepartureTolerance.TotalSeconds);

    [Fact]
    public async Task AcquireAsync_StallShorterThanTheTolerance_SendsWinTheDriftBackAtTheCatchUpSpacing()
    {
        var sends = Enumerable.Range(0, 20).Select(_ => DepartAsync()).ToList();

        // The process stalls from 620 to 635 ms: send 6 (slot 625 ms) wakes up 10 ms late, under the 20.8 ms tolerance.
        await RunUntilAsync(TimeSpan.FromMilliseconds(620));
        _time.Advance(TimeSpan.FromMilliseconds(15));
        await RunUntilAsync(Interval * 21);

        var departures = await Task.WhenAll(sends);
        Assert.Equal(TimeSpan.Zero, departures[0]);
        Assert.InRange(departures[6] - (Interval * 6), TimeSpan.FromMilliseconds(9), TimeSpan.FromMilliseconds(11));
        for (var i = 1; i < departures.Length; i++)
        {
            // Never before its slot, never closer than the catch-up spacing (less the clock's 1 ms step).
            Assert.True(departures[i] >= Interval * i, $"send {i} left at {departures[i]}, before its slot {Interval * i}");
            Assert.True(departures[i] - departures[i - 1] >= CatchUp - Step, $"sends {i - 1} and {i} left {departures[i] - departures[i - 1]} apart");
        }

        // The drift is won back: the last sends are on their slots again (a gate spacing at the interval kept it: ~15 ms).
        for (var i = 15; i < departures.Length; i++)
        {
            Assert.True(departures[i] - (Interval * i) <= Step, $"send {i} left {departures[i] - (Interval * i)} after its slot");
        }

        AssertNoWindowOverTheRate(departures, limit: 10);
    }

    [Fact]
    public async Task AcquireAsync_NoQueueWhileTheGateIsBehind_TheSendStillPassesTheGate()
    {
        var first = DepartAsync();
        var second = DepartAsync();

        // The second send (slot: one interval) wakes up 14 ms late and leaves then.
        await RunUntilAsync(Interval - Step);
        _time.Advance(TimeSpan.FromMilliseconds(15));
        await RunUntilAsync(Interval + TimeSpan.FromMilliseconds(20));
        var late = await second;

        // Past the second send's slot plus an interval the store has no queue: a third send's slot is now, but the gate
        // let the second go less than an interval ago.
        await RunUntilAsync((Interval * 2) + Step);
        var third = DepartAsync();
        await RunUntilAsync(Interval * 4);

        Assert.Equal(TimeSpan.Zero, await first);
        Assert.InRange(late - Interval, TimeSpan.FromMilliseconds(13), TimeSpan.FromMilliseconds(15));
        var spacing = await third - late;
        Assert.True(spacing >= CatchUp - Step, $"the send that found no queue left {spacing} after the late one");
        Assert.True(spacing <= CatchUp + Step, $"the send that found no queue waited {spacing}, more than the gate's spacing");
    }

    public void Dispose() => _metrics.Dispose();

    private static void AssertNoWindowOverTheRate(TimeSpan[] departures, int limit)
    {
        for (var i = limit; i < departures.Length; i++)
        {
            Assert.True(departures[i] - departures[i - limit] >= TimeSpan.FromSeconds(1), $"{limit + 1} departures within {departures[i] - departures[i - limit]}");
        }
    }

    /// <summary>Acquires a send with no pair limit and returns when (fake time since the start) it was let go.</summary>
    private async Task<TimeSpan> DepartAsync()
    {
        await _limiter.AcquireAsync(Number, recipientKey: 0, string.Empty, PairAcquireMode.Skip, send: null, Ct);
        return _time.GetUtcNow() - _start;
    }

    /// <summary>Moves the clock in 1 ms steps to <paramref name="until"/>, letting the woken sends run after each step.</summary>
    private async Task RunUntilAsync(TimeSpan until)
    {
        while (_time.GetUtcNow() - _start < until)
        {
            _time.Advance(Step);
            await Task.Yield();
        }
    }
}
