using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// Whether Meta verified the signature it stores with the business public key (<c>business_public_key_signature_status</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<BusinessPublicKeySignatureStatus>))]
public readonly partial struct BusinessPublicKeySignatureStatus
{
    /// <summary><c>VALID</c>: The key and its signature match: WhatsApp encrypts flow requests with it.</summary>
    public static BusinessPublicKeySignatureStatus Valid { get; } = new("VALID");

    /// <summary><c>MISMATCH</c>: The signature does not match (e.g. the number was re-registered): upload the key again.</summary>
    public static BusinessPublicKeySignatureStatus Mismatch { get; } = new("MISMATCH");
}
