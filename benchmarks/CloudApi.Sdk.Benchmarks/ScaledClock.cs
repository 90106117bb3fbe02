using System.Diagnostics;

namespace CloudApi.Sdk.Benchmarks;

/// <summary>
/// The system clock running <paramref name="speed"/> times faster than real time: limits measured in seconds pass in
/// microseconds, while a read costs what a read of the system clock does.
/// </summary>
internal sealed class ScaledClock(long speed) : TimeProvider
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public override long TimestampFrequency => Stopwatch.Frequency;

    public override long GetTimestamp() => (Stopwatch.GetTimestamp() - _start) * speed;
}
