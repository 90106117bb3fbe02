using System.Security.Cryptography;

namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>
/// Decrypts the files users pick in flows. WhatsApp stores each on its CDN as AES-256-CBC ciphertext followed by a
/// 10-byte truncated HMAC-SHA256; every check (<see cref="FlowMediaCheck"/>) must pass before the bytes are returned.
/// </summary>
public static class FlowMediaDecryptor
{
    private const int HmacSize = 10;

    /// <summary>Verifies and decrypts a downloaded CDN file.</summary>
    /// <param name="cdnFile">The bytes downloaded from <see cref="FlowMediaFile.CdnUrl"/>.</param>
    /// <param name="encryption">The file's encryption metadata.</param>
    /// <returns>The decrypted file.</returns>
    /// <exception cref="FlowMediaIntegrityException">A check failed.</exception>
    /// <exception cref="FormatException">A metadata value is not base64.</exception>
    public static byte[] Decrypt(ReadOnlySpan<byte> cdnFile, FlowMediaEncryption encryption)
    {
        ArgumentNullException.ThrowIfNull(encryption);
        var key = Convert.FromBase64String(encryption.EncryptionKey);
        var hmacKey = Convert.FromBase64String(encryption.HmacKey);
        try
        {
            Require(HashEquals(SHA256.HashData(cdnFile), encryption.EncryptedHash), FlowMediaCheck.EncryptedHash,
                "The downloaded file's SHA-256 does not match encrypted_hash.");
            Require(cdnFile.Length > HmacSize, FlowMediaCheck.Hmac, "The downloaded file is shorter than its HMAC.");

            var iv = Convert.FromBase64String(encryption.Iv);
            var ciphertext = cdnFile[..^HmacSize];
            var signed = new byte[iv.Length + ciphertext.Length];
            iv.CopyTo(signed, 0);
            ciphertext.CopyTo(signed.AsSpan(iv.Length));
            var mac = HMACSHA256.HashData(hmacKey, signed);
            Require(CryptographicOperations.FixedTimeEquals(mac.AsSpan(0, HmacSize), cdnFile[^HmacSize..]), FlowMediaCheck.Hmac,
                "The file's HMAC does not match: it was altered or the hmac_key is wrong.");

            byte[] plaintext;
            try
            {
                using var aes = Aes.Create();
                aes.Key = key;
                plaintext = aes.DecryptCbc(ciphertext, iv, PaddingMode.PKCS7);
            }
            catch (CryptographicException exception)
            {
                throw new FlowMediaIntegrityException(FlowMediaCheck.Decryption, "The file could not be decrypted with its encryption_key and iv.", exception);
            }

            if (!HashEquals(SHA256.HashData(plaintext), encryption.PlaintextHash))
            {
                CryptographicOperations.ZeroMemory(plaintext);
                throw new FlowMediaIntegrityException(FlowMediaCheck.PlaintextHash, "The decrypted file's SHA-256 does not match plaintext_hash.");
            }

            return plaintext;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(hmacKey);
        }
    }

    /// <summary>Downloads a flow media file from its CDN URL, then verifies and decrypts it.</summary>
    /// <param name="httpClient">The client to download with (the CDN needs no access token).</param>
    /// <param name="file">The file, as read from the flow's data.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The decrypted file.</returns>
    /// <exception cref="HttpRequestException">The download failed.</exception>
    /// <exception cref="FlowMediaIntegrityException">A check failed.</exception>
    public static async Task<byte[]> DownloadAndDecryptAsync(HttpClient httpClient, FlowMediaFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(file);
        using var response = await httpClient.GetAsync(file.CdnUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return Decrypt(bytes, file.Encryption);
    }

    private static bool HashEquals(ReadOnlySpan<byte> actual, string expectedBase64)
    {
        Span<byte> expected = stackalloc byte[32];
        return Convert.TryFromBase64String(expectedBase64, expected, out var written) && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static void Require(bool condition, FlowMediaCheck check, string message)
    {
        if (!condition)
        {
            throw new FlowMediaIntegrityException(check, message);
        }
    }
}
