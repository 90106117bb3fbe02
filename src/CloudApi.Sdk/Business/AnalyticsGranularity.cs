using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business;

/// <summary>
/// The time step of messaging analytics (<c>granularity</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<AnalyticsGranularity>))]
public readonly partial struct AnalyticsGranularity
{
    /// <summary><c>HALF_HOUR</c>: Half-hour data points.</summary>
    public static AnalyticsGranularity HalfHour { get; } = new("HALF_HOUR");

    /// <summary><c>DAY</c>: Daily data points.</summary>
    public static AnalyticsGranularity Day { get; } = new("DAY");

    /// <summary><c>MONTH</c>: Monthly data points.</summary>
    public static AnalyticsGranularity Month { get; } = new("MONTH");
}
