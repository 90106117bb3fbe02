using System.Security.Cryptography;

namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>
/// Decrypts the requests WhatsApp sends to a Flows data-exchange endpoint and hands back the <see cref="FlowExchange"/>
/// that encrypts the answer. The AES key is RSA-OAEP (SHA-256, MGF1-SHA-256) encrypted with the business public key;
/// the data is AES-128-GCM with a 16-byte IV; the answer uses the same key and the IV with every bit inverted.
/// Thread-safe: one instance serves every request.
/// </summary>
public sealed class FlowEndpointCipher : IDisposable
{
    private const int AesKeySize = 16;
    private readonly RSA _privateKey;
    private readonly bool _ownsKey;

    /// <summary>Uses an RSA private key the caller keeps (and disposes).</summary>
    /// <param name="privateKey">The business private key.</param>
    public FlowEndpointCipher(RSA privateKey)
    {
        _privateKey = privateKey ?? throw new ArgumentNullException(nameof(privateKey));
    }

    private FlowEndpointCipher(RSA privateKey, bool ownsKey)
    {
        _privateKey = privateKey;
        _ownsKey = ownsKey;
    }

    /// <summary>Loads the business private key from PEM: PKCS#8, PKCS#1, or encrypted PKCS#8 with <paramref name="passphrase"/>.</summary>
    /// <param name="privateKeyPem">The PEM text (a single line with literal <c>\n</c> sequences is accepted, as environment variables often hold it).</param>
    /// <param name="passphrase">The passphrase of an encrypted key.</param>
    /// <returns>The cipher, owning the key.</returns>
    /// <exception cref="FlowKeyException">The PEM is not a usable RSA private key, or the passphrase is missing or wrong.</exception>
    public static FlowEndpointCipher FromPem(string privateKeyPem, string? passphrase = null) =>
        new(FlowKeys.LoadPrivateKey(privateKeyPem, passphrase), ownsKey: true);

    /// <summary>Reads and decrypts a request body.</summary>
    /// <param name="body">The raw body WhatsApp posted.</param>
    /// <returns>The decrypted request and the session that encrypts its answer.</returns>
    /// <exception cref="FlowDecryptionException">The body is not a Flows envelope, or it cannot be decrypted with this key.</exception>
    public FlowExchange Decrypt(ReadOnlySpan<byte> body)
    {
        FlowEncryptedRequest request;
        try
        {
            request = FlowEncryptedRequest.Parse(body);
        }
        catch (FormatException exception)
        {
            throw new FlowDecryptionException("The request is not a Flows envelope: " + exception.Message, exception);
        }

        return Decrypt(request);
    }

    /// <summary>Decrypts a request envelope.</summary>
    /// <param name="request">The envelope.</param>
    /// <returns>The decrypted request and the session that encrypts its answer.</returns>
    /// <exception cref="FlowDecryptionException">The values are not base64, the AES key was not encrypted for this key, or the data fails authentication.</exception>
    public FlowExchange Decrypt(FlowEncryptedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        byte[] encryptedKey, iv, data;
        try
        {
            encryptedKey = Convert.FromBase64String(request.EncryptedAesKey);
            iv = Convert.FromBase64String(request.InitialVector);
            data = Convert.FromBase64String(request.EncryptedFlowData);
        }
        catch (FormatException exception)
        {
            throw new FlowDecryptionException("The Flows envelope holds a value that is not base64.", exception);
        }

        if (iv.Length == 0 || data.Length < GcmCipher.TagSize)
        {
            throw new FlowDecryptionException("The Flows envelope's IV is empty or its data is shorter than a GCM tag.");
        }

        byte[] aesKey;
        try
        {
            aesKey = _privateKey.Decrypt(encryptedKey, RSAEncryptionPadding.OaepSHA256);
        }
        catch (CryptographicException exception)
        {
            throw new FlowDecryptionException("The AES key could not be decrypted: it was encrypted with another public key than the one that matches this private key.", exception);
        }

        if (aesKey.Length != AesKeySize)
        {
            CryptographicOperations.ZeroMemory(aesKey);
            throw new FlowDecryptionException($"The decrypted AES key has {aesKey.Length} bytes; WhatsApp Flows use {AesKeySize}.");
        }

        var ciphertext = data.AsSpan(0, data.Length - GcmCipher.TagSize);
        var plaintext = new byte[ciphertext.Length];
        if (!GcmCipher.TryDecrypt(aesKey, iv, ciphertext, data.AsSpan(ciphertext.Length), plaintext))
        {
            CryptographicOperations.ZeroMemory(aesKey);
            throw new FlowDecryptionException("The request data failed AES-GCM authentication.");
        }

        return new FlowExchange(plaintext, aesKey, iv);
    }

    /// <summary>Disposes the key when this instance loaded it (<see cref="FromPem"/>).</summary>
    public void Dispose()
    {
        if (_ownsKey)
        {
            _privateKey.Dispose();
        }
    }
}
