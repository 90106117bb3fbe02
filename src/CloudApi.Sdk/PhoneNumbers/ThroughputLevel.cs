using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// The throughput level of a business phone number (<c>throughput.level</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<ThroughputLevel>))]
public readonly partial struct ThroughputLevel
{
    /// <summary><c>STANDARD</c>: 80 messages per second.</summary>
    public static ThroughputLevel Standard { get; } = new("STANDARD");

    /// <summary><c>HIGH</c>: Up to 1,000 messages per second.</summary>
    public static ThroughputLevel High { get; } = new("HIGH");

    /// <summary><c>NOT_APPLICABLE</c>: Not applicable.</summary>
    public static ThroughputLevel NotApplicable { get; } = new("NOT_APPLICABLE");
}
