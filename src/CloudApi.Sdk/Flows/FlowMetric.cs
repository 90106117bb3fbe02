using CloudApi.Sdk.Flows.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Flows;

/// <summary>An endpoint metric of a flow (<c>GET /{flow-id}?fields=metric...</c>): its data points over the asked range.</summary>
public sealed class FlowMetric : GraphResult
{
    internal FlowMetric(FlowMetricAnswerWire wire, GraphSource source)
        : this(
            source,
            wire.Id ?? string.Empty,
            wire.Metric?.Name ?? default,
            wire.Metric?.Granularity ?? default,
            wire.Metric?.DataPoints is { } points
                ? [.. points.Select(p => new FlowMetricDataPoint(
                    p.Timestamp ?? default,
                    p.Data is null ? [] : [.. p.Data.Select(d => new FlowMetricValue(d.Key ?? string.Empty, d.Value ?? 0))]))]
                : [])
    {
    }

    internal FlowMetric(GraphSource source, string flowId, FlowMetricName name, FlowMetricGranularity granularity, IReadOnlyList<FlowMetricDataPoint> dataPoints)
        : base(source)
    {
        FlowId = flowId;
        Name = name;
        Granularity = granularity;
        DataPoints = dataPoints;
    }

    /// <summary>The flow's id (<c>id</c>).</summary>
    public string FlowId { get; }

    /// <summary>The metric (<c>metric.name</c>).</summary>
    public FlowMetricName Name { get; }

    /// <summary>Its time step (<c>metric.granularity</c>).</summary>
    public FlowMetricGranularity Granularity { get; }

    /// <summary>The data points, oldest first (<c>metric.data_points</c>); empty when there was no traffic.</summary>
    public IReadOnlyList<FlowMetricDataPoint> DataPoints { get; }
}

/// <summary>The values of a flow metric at one time (an item of <c>metric.data_points</c>).</summary>
public sealed class FlowMetricDataPoint
{
    internal FlowMetricDataPoint(DateTimeOffset timestamp, IReadOnlyList<FlowMetricValue> values)
    {
        Timestamp = timestamp;
        Values = values;
    }

    /// <summary>The start of the period (<c>timestamp</c>).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The values by key (<c>data</c>): <c>value</c> for counts and rates, error types, latency buckets, ….</summary>
    public IReadOnlyList<FlowMetricValue> Values { get; }

    /// <summary>The value of <paramref name="key"/>, or <see langword="null"/> when the point has none.</summary>
    /// <param name="key">The key, e.g. <c>value</c>, <c>timeout_error</c> or <c>succeeded</c>.</param>
    /// <returns>The value.</returns>
    public decimal? this[string key] => Values.FirstOrDefault(v => string.Equals(v.Key, key, StringComparison.Ordinal))?.Value;
}

/// <summary>One keyed value of a <see cref="FlowMetricDataPoint"/> (<c>{"key":"value","value":138}</c>).</summary>
public sealed class FlowMetricValue
{
    internal FlowMetricValue(string key, decimal value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>What the value measures (<c>key</c>).</summary>
    public string Key { get; }

    /// <summary>The value (<c>value</c>): a count, a rate from 0 to 1, ….</summary>
    public decimal Value { get; }
}
