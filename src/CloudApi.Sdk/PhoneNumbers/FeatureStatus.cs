using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Whether a feature of a number's settings is on (<c>status</c>: <c>enabled</c>, <c>disabled</c>; storage also has
/// <c>default</c> and <c>in_country_storage_enabled</c>). String-backed, so a value Meta adds later is kept.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FeatureStatus>))]
public readonly partial struct FeatureStatus
{
    /// <summary><c>enabled</c>.</summary>
    public static FeatureStatus Enabled { get; } = new("enabled");

    /// <summary><c>disabled</c>.</summary>
    public static FeatureStatus Disabled { get; } = new("disabled");
}
