using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// How Meta sends the verification code (<c>code_method</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[JsonConverter(typeof(StringValueConverter<VerificationCodeMethod>))]
public readonly record struct VerificationCodeMethod : IStringValue<VerificationCodeMethod>
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public VerificationCodeMethod(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>SMS</c>: By text message.</summary>
    public static VerificationCodeMethod Sms { get; } = new("SMS");

    /// <summary><c>VOICE</c>: By a voice call.</summary>
    public static VerificationCodeMethod Voice { get; } = new("VOICE");

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    static VerificationCodeMethod IStringValue<VerificationCodeMethod>.FromString(string value) => new(value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
