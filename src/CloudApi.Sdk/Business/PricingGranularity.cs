using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business;

/// <summary>
/// The time step of pricing and template analytics (<c>granularity</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[JsonConverter(typeof(StringValueConverter<PricingGranularity>))]
public readonly record struct PricingGranularity : IStringValue<PricingGranularity>
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public PricingGranularity(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>HALF_HOUR</c>: Half-hour data points.</summary>
    public static PricingGranularity HalfHour { get; } = new("HALF_HOUR");

    /// <summary><c>DAILY</c>: Daily data points.</summary>
    public static PricingGranularity Daily { get; } = new("DAILY");

    /// <summary><c>MONTHLY</c>: Monthly data points.</summary>
    public static PricingGranularity Monthly { get; } = new("MONTHLY");

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    static PricingGranularity IStringValue<PricingGranularity>.FromString(string value) => new(value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
