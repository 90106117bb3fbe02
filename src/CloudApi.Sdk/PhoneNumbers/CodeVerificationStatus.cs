using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Whether the number was verified with a code (<c>code_verification_status</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[JsonConverter(typeof(StringValueConverter<CodeVerificationStatus>))]
public readonly record struct CodeVerificationStatus : IStringValue<CodeVerificationStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public CodeVerificationStatus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>VERIFIED</c>: Verified.</summary>
    public static CodeVerificationStatus Verified { get; } = new("VERIFIED");

    /// <summary><c>NOT_VERIFIED</c>: Not verified.</summary>
    public static CodeVerificationStatus NotVerified { get; } = new("NOT_VERIFIED");

    /// <summary><c>EXPIRED</c>: The verification expired.</summary>
    public static CodeVerificationStatus Expired { get; } = new("EXPIRED");

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    static CodeVerificationStatus IStringValue<CodeVerificationStatus>.FromString(string value) => new(value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
