using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// The kind of a one-time-passcode button (<c>otp_type</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<OtpType>))]
public readonly partial struct OtpType
{
    /// <summary><c>COPY_CODE</c>: The user copies the code.</summary>
    public static OtpType CopyCode { get; } = new("COPY_CODE");

    /// <summary><c>ONE_TAP</c>: The code is filled into the app with one tap (Android).</summary>
    public static OtpType OneTap { get; } = new("ONE_TAP");

    /// <summary><c>ZERO_TAP</c>: The code is passed to the app without a tap (Android).</summary>
    public static OtpType ZeroTap { get; } = new("ZERO_TAP");
}
