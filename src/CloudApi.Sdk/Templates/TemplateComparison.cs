using CloudApi.Sdk.Http;
using CloudApi.Sdk.Templates.Wire;

namespace CloudApi.Sdk.Templates;

/// <summary>Meta's comparison of two templates over a time range (<c>GET /{template-id}/compare</c>).</summary>
public sealed class TemplateComparison : GraphResult
{
    internal TemplateComparison(TemplateComparisonWire wire, GraphSource source)
        : this(source, wire.Data?.Select(Map).ToList() ?? [])
    {
    }

    internal TemplateComparison(GraphSource source, IReadOnlyList<TemplateComparisonMetric> metrics)
        : base(source)
    {
        Metrics = metrics;
    }

    /// <summary>The compared metrics (<c>data</c>).</summary>
    public IReadOnlyList<TemplateComparisonMetric> Metrics { get; }

    private static TemplateComparisonMetric Map(TemplateComparisonMetricWire wire) => new(
        wire.Metric ?? string.Empty,
        wire.Type,
        wire.OrderByRelativeMetric ?? [],
        (wire.NumberValues ?? []).Where(static v => v.Key is not null).GroupBy(static v => v.Key!, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.Last().Value ?? 0, StringComparer.Ordinal),
        (wire.StringValues ?? []).Where(static v => v.Key is not null).GroupBy(static v => v.Key!, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.Last().Value ?? string.Empty, StringComparer.Ordinal));
}
