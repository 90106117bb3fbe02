namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>The checks a flow media file passes before its bytes are returned, in the order they run.</summary>
public enum FlowMediaCheck
{
    /// <summary>The downloaded file's SHA-256 equals <c>encrypted_hash</c>.</summary>
    EncryptedHash,

    /// <summary>The last 10 bytes equal the first 10 bytes of HMAC-SHA256(hmac_key, iv || ciphertext).</summary>
    Hmac,

    /// <summary>AES-256-CBC decryption with PKCS#7 padding succeeds.</summary>
    Decryption,

    /// <summary>The decrypted file's SHA-256 equals <c>plaintext_hash</c>.</summary>
    PlaintextHash,
}
