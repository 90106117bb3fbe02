using CloudApi.Sdk.Business.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Business;

/// <summary>
/// An item of <c>GET /{waba-id}/template_analytics</c>: the data points of one granularity and product type. Its
/// <see cref="GraphResult.RawJson"/> is the item's own object.
/// </summary>
public sealed class TemplateAnalytics : GraphResult
{
    internal TemplateAnalytics(string? granularity, string? productType, IReadOnlyList<TemplateAnalyticsDataPoint> dataPoints, GraphSource source)
        : base(source)
    {
        Granularity = granularity;
        ProductType = productType;
        DataPoints = dataPoints;
    }

    internal TemplateAnalytics(TemplateAnalyticsWire wire, GraphSource source)
        : this(wire.Granularity, wire.ProductType, wire.DataPoints?.Select(static p => new TemplateAnalyticsDataPoint(p)).ToArray() ?? [], source)
    {
    }

    /// <summary>The time step, e.g. <c>DAILY</c> (<c>granularity</c>).</summary>
    public string? Granularity { get; }

    /// <summary>The product the messages went through, e.g. <c>cloud_api</c> (<c>product_type</c>).</summary>
    public string? ProductType { get; }

    /// <summary>One data point per template and day (<c>data_points</c>).</summary>
    public IReadOnlyList<TemplateAnalyticsDataPoint> DataPoints { get; }
}
