using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also reports each timer created on it, so a test can advance time exactly when
/// the code under test has started waiting (no guessing, no sleeps).
/// </summary>
public sealed class SignallingTimeProvider : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public DateTimeOffset Start { get; } = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public TimeSpan Elapsed => Fake.GetUtcNow() - Start;

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    public void Advance(TimeSpan by) => Fake.Advance(by);

    /// <summary>Waits until a timer with <paramref name="dueTime"/> was created (the code is now waiting for it).</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seen = new List<TimeSpan>();
        try
        {
            while (await _timers.Reader.ReadAsync(timeout.Token) is var due && due != dueTime)
            {
                seen.Add(due);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No timer of {dueTime} was created; saw {string.Join(", ", seen)}.");
        }
    }
}
