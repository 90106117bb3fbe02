using System.Threading.Channels;
using CloudApi.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>
/// System timers run on a coarse tick clock: on Linux a Task.Delay was measured ending up to ~4 ms before its time on
/// the Stopwatch clock the limiter computes slots on. A send must still not leave before its slot.
/// </summary>
public sealed class EarlyTimerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_TimerFiresEarly_SendStillLeavesAtItsSlot()
    {
        EarlyTimeProvider? early = null;
        using var graph = new LimitedGraph(
            o => o.MessagesPerSecond = 80,
            services =>
            {
                early = new EarlyTimeProvider((SignallingTimeProvider)services.Last(d => d.ServiceType == typeof(TimeProvider)).ImplementationInstance!);
                services.AddSingleton<TimeProvider>(early);
            })
            .AcceptMessages();

        await graph.Messages.SendTextAsync("+16505551234", "first", cancellationToken: Ct);
        var second = graph.Messages.SendTextAsync("+16505551235", "second", cancellationToken: Ct);

        // The second send's slot is 12.5 ms later; every timer fires 3 ms (at most half its time) early.
        while (!second.IsCompleted)
        {
            var due = await early!.NextShortTimerAsync(second);
            graph.Time.Advance(due);
        }

        await second;
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMilliseconds(12.5)], graph.Arrivals);
    }

    /// <summary>Fires every timer 3 ms early (at most half its due time), as a coarse clock may; reports short timers.</summary>
    private sealed class EarlyTimeProvider(SignallingTimeProvider inner) : TimeProvider
    {
        private static readonly TimeSpan Early = TimeSpan.FromMilliseconds(3);
        private readonly Channel<TimeSpan> _short = Channel.CreateUnbounded<TimeSpan>();

        public override long GetTimestamp() => inner.GetTimestamp();

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var fired = dueTime - TimeSpan.FromTicks(Math.Min(Early.Ticks, dueTime.Ticks / 2));
            if (dueTime < TimeSpan.FromSeconds(1))
            {
                _short.Writer.TryWrite(fired);
            }

            return inner.CreateTimer(callback, state, fired, period);
        }

        /// <summary>The due time of the next short timer (a slot wait), or zero once <paramref name="done"/> completed.</summary>
        public async Task<TimeSpan> NextShortTimerAsync(Task done)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            var next = _short.Reader.ReadAsync(timeout.Token).AsTask();
            return await Task.WhenAny(next, done) == next ? await next : TimeSpan.Zero;
        }
    }
}
