using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// The time step of a flow endpoint metric (<c>granularity(...)</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowMetricGranularity>))]
public readonly partial struct FlowMetricGranularity
{
    /// <summary><c>HOUR</c>: Hourly data points.</summary>
    public static FlowMetricGranularity Hour { get; } = new("HOUR");

    /// <summary><c>DAY</c>: Daily data points.</summary>
    public static FlowMetricGranularity Day { get; } = new("DAY");

    /// <summary><c>LIFETIME</c>: One data point over the flow's lifetime.</summary>
    public static FlowMetricGranularity Lifetime { get; } = new("LIFETIME");
}
