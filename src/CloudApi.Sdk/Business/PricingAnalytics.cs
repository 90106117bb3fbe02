using CloudApi.Sdk.Business.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Business;

/// <summary>
/// Pricing analytics of an account: message volume and cost per time step and dimension (the account's
/// <c>pricing_analytics</c> field). <see cref="GraphResult.RawJson"/> is the <c>pricing_analytics</c> object.
/// </summary>
public sealed class PricingAnalytics : GraphResult
{
    internal PricingAnalytics(IReadOnlyList<PricingDataPoint> dataPoints, GraphSource source)
        : base(source)
    {
        DataPoints = dataPoints;
    }

    internal PricingAnalytics(PricingAnalyticsWire wire, GraphSource source)
        : this(
            wire.Data?.SelectMany(static entry => entry.DataPoints ?? []).Select(static p => new PricingDataPoint(p)).ToArray() ?? [],
            source)
    {
    }

    /// <summary>The data points of every entry of <c>data</c> (<c>data[].data_points</c>), in Meta's order.</summary>
    public IReadOnlyList<PricingDataPoint> DataPoints { get; }
}
