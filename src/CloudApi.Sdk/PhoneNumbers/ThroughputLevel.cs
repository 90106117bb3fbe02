using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// The throughput level of a business phone number (<c>throughput.level</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[JsonConverter(typeof(StringValueConverter<ThroughputLevel>))]
public readonly record struct ThroughputLevel : IStringValue<ThroughputLevel>
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public ThroughputLevel(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>STANDARD</c>: 80 messages per second.</summary>
    public static ThroughputLevel Standard { get; } = new("STANDARD");

    /// <summary><c>HIGH</c>: Up to 1,000 messages per second.</summary>
    public static ThroughputLevel High { get; } = new("HIGH");

    /// <summary><c>NOT_APPLICABLE</c>: Not applicable.</summary>
    public static ThroughputLevel NotApplicable { get; } = new("NOT_APPLICABLE");

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    static ThroughputLevel IStringValue<ThroughputLevel>.FromString(string value) => new(value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
