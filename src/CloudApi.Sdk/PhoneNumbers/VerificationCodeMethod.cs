using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// How Meta sends the verification code (<c>code_method</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<VerificationCodeMethod>))]
public readonly partial struct VerificationCodeMethod
{
    /// <summary><c>SMS</c>: By text message.</summary>
    public static VerificationCodeMethod Sms { get; } = new("SMS");

    /// <summary><c>VOICE</c>: By a voice call.</summary>
    public static VerificationCodeMethod Voice { get; } = new("VOICE");
}
