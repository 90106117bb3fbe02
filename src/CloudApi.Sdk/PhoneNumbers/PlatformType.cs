using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Which platform serves the number (<c>platform_type</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[JsonConverter(typeof(StringValueConverter<PlatformType>))]
public readonly record struct PlatformType : IStringValue<PlatformType>
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public PlatformType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>CLOUD_API</c>: The Cloud API.</summary>
    public static PlatformType CloudApi { get; } = new("CLOUD_API");

    /// <summary><c>ON_PREMISE</c>: The retired On-Premises API.</summary>
    public static PlatformType OnPremise { get; } = new("ON_PREMISE");

    /// <summary><c>NOT_APPLICABLE</c>: Not registered.</summary>
    public static PlatformType NotApplicable { get; } = new("NOT_APPLICABLE");

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    static PlatformType IStringValue<PlatformType>.FromString(string value) => new(value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
