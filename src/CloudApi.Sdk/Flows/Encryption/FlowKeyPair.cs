using System.Security.Cryptography;

namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>
/// An RSA key pair for a WhatsApp Flows endpoint, as PEM: upload <see cref="PublicKeyPem"/> to the phone number (the
/// business encryption key) and keep <see cref="PrivateKeyPem"/> where the endpoint reads it.
/// </summary>
public sealed class FlowKeyPair
{
    /// <summary>The key size WhatsApp expects.</summary>
    public const int DefaultKeySize = 2048;

    private FlowKeyPair(string publicKeyPem, string privateKeyPem, bool isEncrypted)
    {
        PublicKeyPem = publicKeyPem;
        PrivateKeyPem = privateKeyPem;
        IsPrivateKeyEncrypted = isEncrypted;
    }

    /// <summary>The public key (<c>-----BEGIN PUBLIC KEY-----</c>, SubjectPublicKeyInfo).</summary>
    public string PublicKeyPem { get; }

    /// <summary>
    /// The private key: <c>-----BEGIN PRIVATE KEY-----</c> (PKCS#8), or <c>-----BEGIN ENCRYPTED PRIVATE KEY-----</c>
    /// (PKCS#8 encrypted with AES-256-CBC, PBKDF2-SHA256) when a passphrase was given. Store it as a secret.
    /// </summary>
    public string PrivateKeyPem { get; }

    /// <summary>Whether <see cref="PrivateKeyPem"/> is protected by a passphrase.</summary>
    public bool IsPrivateKeyEncrypted { get; }

    /// <summary>Generates a new key pair.</summary>
    /// <param name="passphrase">When given, the private key is encrypted with it.</param>
    /// <param name="keySize">The RSA key size in bits; <see cref="DefaultKeySize"/> unless you have a reason.</param>
    /// <returns>The key pair.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="keySize"/> is below 2048 bits.</exception>
    public static FlowKeyPair Generate(string? passphrase = null, int keySize = DefaultKeySize)
    {
        if (keySize < DefaultKeySize)
        {
            throw new WhatsAppValidationException(nameof(keySize), $"A Flows key must have at least {DefaultKeySize} bits; {keySize} was given.", DefaultKeySize);
        }

        using var rsa = RSA.Create(keySize);
        var publicKey = rsa.ExportSubjectPublicKeyInfoPem();
        if (string.IsNullOrEmpty(passphrase))
        {
            return new FlowKeyPair(publicKey, rsa.ExportPkcs8PrivateKeyPem(), isEncrypted: false);
        }

        var protection = new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 600_000);
        return new FlowKeyPair(publicKey, rsa.ExportEncryptedPkcs8PrivateKeyPem(passphrase, protection), isEncrypted: true);
    }

    /// <summary>Describes the pair without its private key.</summary>
    /// <returns>A description that is safe to log.</returns>
    public override string ToString() => $"FlowKeyPair (RSA; private key {(IsPrivateKeyEncrypted ? "encrypted" : "not encrypted")}, not shown)";
}
