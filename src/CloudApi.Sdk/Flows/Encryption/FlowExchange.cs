using System.Security.Cryptography;
using System.Text;

namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>
/// One decrypted data-exchange request: its JSON, and the AES session that encrypts the answer to it (same key, IV
/// with every bit inverted). Dispose it once answered: that clears the key from memory.
/// </summary>
public sealed class FlowExchange : IDisposable
{
    private readonly byte[] _aesKey;
    private readonly byte[] _requestIv;
    private bool _disposed;

    internal FlowExchange(byte[] requestJson, byte[] aesKey, byte[] requestIv)
    {
        RequestJson = requestJson;
        _aesKey = aesKey;
        _requestIv = requestIv;
    }

    /// <summary>The decrypted request (UTF-8 JSON).</summary>
    public ReadOnlyMemory<byte> RequestJson { get; }

    /// <summary>Encrypts an answer: base64 of the AES-GCM ciphertext followed by its tag, the body to send as <c>text/plain</c>.</summary>
    /// <param name="responseJson">The answer (UTF-8 JSON).</param>
    /// <returns>The encrypted answer.</returns>
    public string EncryptResponse(ReadOnlySpan<byte> responseJson)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Span<byte> flippedIv = stackalloc byte[_requestIv.Length];
        for (var i = 0; i < flippedIv.Length; i++)
        {
            flippedIv[i] = (byte)~_requestIv[i];
        }

        var output = new byte[responseJson.Length + GcmCipher.TagSize];
        GcmCipher.Encrypt(_aesKey, flippedIv, responseJson, output.AsSpan(0, responseJson.Length), output.AsSpan(responseJson.Length));
        return Convert.ToBase64String(output);
    }

    /// <summary>Encrypts an answer given as a JSON string.</summary>
    /// <param name="responseJson">The answer (JSON).</param>
    /// <returns>The encrypted answer.</returns>
    public string EncryptResponse(string responseJson)
    {
        ArgumentNullException.ThrowIfNull(responseJson);
        return EncryptResponse(Encoding.UTF8.GetBytes(responseJson));
    }

    /// <summary>Clears the AES key.</summary>
    public void Dispose()
    {
        _disposed = true;
        CryptographicOperations.ZeroMemory(_aesKey);
    }
}
