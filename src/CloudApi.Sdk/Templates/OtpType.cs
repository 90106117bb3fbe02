using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// The kind of a one-time-passcode button (<c>otp_type</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[JsonConverter(typeof(StringValueConverter<OtpType>))]
public readonly record struct OtpType : IStringValue<OtpType>
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public OtpType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>COPY_CODE</c>: The user copies the code.</summary>
    public static OtpType CopyCode { get; } = new("COPY_CODE");

    /// <summary><c>ONE_TAP</c>: The code is filled into the app with one tap (Android).</summary>
    public static OtpType OneTap { get; } = new("ONE_TAP");

    /// <summary><c>ZERO_TAP</c>: The code is passed to the app without a tap (Android).</summary>
    public static OtpType ZeroTap { get; } = new("ZERO_TAP");

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    static OtpType IStringValue<OtpType>.FromString(string value) => new(value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
