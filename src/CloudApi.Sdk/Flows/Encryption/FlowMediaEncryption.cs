using System.Text.Json;

namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>
/// The <c>encryption_metadata</c> of a file a user picked in a flow (PhotoPicker, DocumentPicker): the keys and hashes
/// that decrypt and verify the file WhatsApp stored on its CDN. All values are base64, as Meta sends them.
/// </summary>
public sealed class FlowMediaEncryption
{
    /// <summary>Creates the metadata from its base64 values.</summary>
    /// <param name="encryptedHash"><c>encrypted_hash</c>: SHA-256 of the whole CDN file.</param>
    /// <param name="iv"><c>iv</c>: the AES-CBC IV.</param>
    /// <param name="encryptionKey"><c>encryption_key</c>: the AES-256 key.</param>
    /// <param name="hmacKey"><c>hmac_key</c>: the HMAC-SHA256 key.</param>
    /// <param name="plaintextHash"><c>plaintext_hash</c>: SHA-256 of the decrypted file.</param>
    public FlowMediaEncryption(string encryptedHash, string iv, string encryptionKey, string hmacKey, string plaintextHash)
    {
        EncryptedHash = encryptedHash ?? throw new ArgumentNullException(nameof(encryptedHash));
        Iv = iv ?? throw new ArgumentNullException(nameof(iv));
        EncryptionKey = encryptionKey ?? throw new ArgumentNullException(nameof(encryptionKey));
        HmacKey = hmacKey ?? throw new ArgumentNullException(nameof(hmacKey));
        PlaintextHash = plaintextHash ?? throw new ArgumentNullException(nameof(plaintextHash));
    }

    /// <summary><c>encrypted_hash</c> (base64 SHA-256 of the CDN file).</summary>
    public string EncryptedHash { get; }

    /// <summary><c>iv</c> (base64).</summary>
    public string Iv { get; }

    /// <summary><c>encryption_key</c> (base64). A secret: never logged.</summary>
    public string EncryptionKey { get; }

    /// <summary><c>hmac_key</c> (base64). A secret: never logged.</summary>
    public string HmacKey { get; }

    /// <summary><c>plaintext_hash</c> (base64 SHA-256 of the decrypted file).</summary>
    public string PlaintextHash { get; }

    /// <summary>Reads an <c>encryption_metadata</c> object.</summary>
    /// <param name="json">The object.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="FormatException">A value is missing or not a string.</exception>
    public static FlowMediaEncryption FromJson(JsonElement json) => new(
        Required(json, "encrypted_hash"), Required(json, "iv"), Required(json, "encryption_key"),
        Required(json, "hmac_key"), Required(json, "plaintext_hash"));

    /// <summary>Describes the metadata without its keys.</summary>
    /// <returns>A description that is safe to log.</returns>
    public override string ToString() => $"FlowMediaEncryption (plaintext SHA-256 {PlaintextHash}; keys not shown)";

    internal static string Required(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"The flow media item has no string '{name}'.");
}
