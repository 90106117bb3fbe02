using CloudApi.Sdk.Flows.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// The business public key set on a phone number (<c>GET /{phone-number-id}/whatsapp_business_encryption</c>): WhatsApp
/// encrypts the requests to your flows' data-exchange endpoint with it.
/// </summary>
public sealed class BusinessPublicKey : GraphResult
{
    internal BusinessPublicKey(BusinessPublicKeyAnswerWire wire, GraphSource source)
        : this(source, Key(wire.Data?.FirstOrDefault()?.BusinessPublicKey), wire.Data?.FirstOrDefault()?.BusinessPublicKeySignatureStatus)
    {
    }

    internal BusinessPublicKey(GraphSource source, string? publicKeyPem, BusinessPublicKeySignatureStatus? signatureStatus)
        : base(source)
    {
        PublicKeyPem = publicKeyPem;
        SignatureStatus = signatureStatus;
    }

    /// <summary>The key in PEM (<c>business_public_key</c>); <see langword="null"/> when none is set.</summary>
    public string? PublicKeyPem { get; }

    /// <summary>Whether the stored signature matches (<c>business_public_key_signature_status</c>).</summary>
    public BusinessPublicKeySignatureStatus? SignatureStatus { get; }

    /// <summary>Whether a key is set and its signature is <see cref="BusinessPublicKeySignatureStatus.Valid"/>.</summary>
    public bool IsValid => PublicKeyPem is not null && SignatureStatus == BusinessPublicKeySignatureStatus.Valid;

    // Meta answers a blank key when none is set.
    private static string? Key(string? pem) => string.IsNullOrWhiteSpace(pem) ? null : pem;
}
