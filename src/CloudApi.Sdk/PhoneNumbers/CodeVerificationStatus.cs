using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Whether the number was verified with a code (<c>code_verification_status</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<CodeVerificationStatus>))]
public readonly partial struct CodeVerificationStatus
{
    /// <summary><c>VERIFIED</c>: Verified.</summary>
    public static CodeVerificationStatus Verified { get; } = new("VERIFIED");

    /// <summary><c>NOT_VERIFIED</c>: Not verified.</summary>
    public static CodeVerificationStatus NotVerified { get; } = new("NOT_VERIFIED");

    /// <summary><c>EXPIRED</c>: The verification expired.</summary>
    public static CodeVerificationStatus Expired { get; } = new("EXPIRED");
}
