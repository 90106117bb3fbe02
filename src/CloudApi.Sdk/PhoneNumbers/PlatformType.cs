using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Which platform serves the number (<c>platform_type</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<PlatformType>))]
public readonly partial struct PlatformType
{
    /// <summary><c>CLOUD_API</c>: The Cloud API.</summary>
    public static PlatformType CloudApi { get; } = new("CLOUD_API");

    /// <summary><c>ON_PREMISE</c>: The retired On-Premises API.</summary>
    public static PlatformType OnPremise { get; } = new("ON_PREMISE");

    /// <summary><c>NOT_APPLICABLE</c>: Not registered.</summary>
    public static PlatformType NotApplicable { get; } = new("NOT_APPLICABLE");
}
