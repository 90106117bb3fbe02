using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business;

/// <summary>
/// The time step of messaging analytics (<c>granularity</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[JsonConverter(typeof(StringValueConverter<AnalyticsGranularity>))]
public readonly record struct AnalyticsGranularity : IStringValue<AnalyticsGranularity>
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public AnalyticsGranularity(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>HALF_HOUR</c>: Half-hour data points.</summary>
    public static AnalyticsGranularity HalfHour { get; } = new("HALF_HOUR");

    /// <summary><c>DAY</c>: Daily data points.</summary>
    public static AnalyticsGranularity Day { get; } = new("DAY");

    /// <summary><c>MONTH</c>: Monthly data points.</summary>
    public static AnalyticsGranularity Month { get; } = new("MONTH");

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    static AnalyticsGranularity IStringValue<AnalyticsGranularity>.FromString(string value) => new(value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
