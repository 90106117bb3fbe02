using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Tests.Diagnostics;

/// <summary>Records the measurements of the <c>CloudApi.Sdk</c> meter of one service provider (its <see cref="IMeterFactory"/>).</summary>
public sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

    public MeasurementRecorder(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "CloudApi.Sdk" && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        _listener.Start();
    }

    public IReadOnlyList<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> Measurements => _measurements.ToArray();

    /// <summary>The measurements of <paramref name="instrument"/>, each as its tags.</summary>
    public IReadOnlyList<Dictionary<string, object?>> Of(string instrument) =>
        _measurements.Where(m => m.Instrument == instrument).Select(m => m.Tags.ToDictionary(t => t.Key, t => t.Value)).ToList();

    /// <summary>Every instrument name, tag key and tag value recorded.</summary>
    public IEnumerable<string> ExportedValues =>
        _measurements.SelectMany(m => m.Tags.SelectMany(t => new[] { t.Key, Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty }).Prepend(m.Instrument));

    public void Dispose() => _listener.Dispose();
}
