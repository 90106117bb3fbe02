using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace CloudApi.Sdk.Benchmarks.Rate;

/// <summary>
/// Counts the rate limiter's waits by reason (the <c>limit</c> tag of <c>cloudapi.sdk.ratelimit.wait</c>) while it
/// lives: a worker prints how often its sends left late, so that a run's errors can be traced to where sends stalled.
/// </summary>
internal sealed class WaitTally : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public WaitTally()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "cloudapi.sdk.ratelimit.wait")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "limit" && tag.Value is string reason)
                {
                    _counts.AddOrUpdate(reason, 1, static (_, n) => n + 1);
                }
            }
        });
        _listener.Start();
    }

    public override string ToString() =>
        string.Join(", ", _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}={c.Value}")));

    public void Dispose() => _listener.Dispose();
}
