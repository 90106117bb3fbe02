using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business;

/// <summary>
/// The time step of pricing and template analytics (<c>granularity</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<PricingGranularity>))]
public readonly partial struct PricingGranularity
{
    /// <summary><c>HALF_HOUR</c>: Half-hour data points.</summary>
    public static PricingGranularity HalfHour { get; } = new("HALF_HOUR");

    /// <summary><c>DAILY</c>: Daily data points.</summary>
    public static PricingGranularity Daily { get; } = new("DAILY");

    /// <summary><c>MONTHLY</c>: Monthly data points.</summary>
    public static PricingGranularity Monthly { get; } = new("MONTHLY");
}
