using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// Checks the <c>X-Hub-Signature-256</c> header Meta puts on every webhook POST: <c>sha256=</c> followed by the hex
/// HMAC-SHA256 of the raw body bytes, keyed with the app secret.
/// </summary>
/// <remarks>
/// Always verify the bytes exactly as received (never re-serialized JSON). The comparison takes the same time
/// whatever the signature, upper- or lower-case hex is accepted, and a missing or malformed header is simply invalid
/// (no exception). Several secrets may be given during an app-secret rotation; one match suffices.
/// </remarks>
public static class WebhookSignature
{
    /// <summary>The header that carries the signature.</summary>
    public const string HeaderName = "X-Hub-Signature-256";

    private const string Prefix = "sha256=";
    private const int HashSize = 32;
    private const int StackKeyLimit = 256;

    /// <summary>Whether <paramref name="signatureHeader"/> signs <paramref name="body"/> with <paramref name="appSecret"/>.</summary>
    /// <param name="body">The raw request body.</param>
    /// <param name="signatureHeader">The <c>X-Hub-Signature-256</c> value, or <see langword="null"/> when absent.</param>
    /// <param name="appSecret">The app secret.</param>
    /// <returns><see langword="true"/> only for a well-formed header that matches.</returns>
    /// <exception cref="ArgumentException"><paramref name="appSecret"/> is null or empty (a configuration error, not bad input).</exception>
    public static bool IsValid(ReadOnlySpan<byte> body, string? signatureHeader, string appSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        Span<byte> expected = stackalloc byte[HashSize];
        return TryDecode(signatureHeader, expected) && Matches(body, expected, appSecret);
    }

    /// <summary>Whether <paramref name="signatureHeader"/> signs <paramref name="body"/> with any of <paramref name="appSecrets"/> (rotation).</summary>
    /// <param name="body">The raw request body.</param>
    /// <param name="signatureHeader">The <c>X-Hub-Signature-256</c> value, or <see langword="null"/> when absent.</param>
    /// <param name="appSecrets">The accepted app secrets, current first; empty entries are ignored.</param>
    /// <returns><see langword="true"/> only for a well-formed header that matches one secret.</returns>
    public static bool IsValid(ReadOnlySpan<byte> body, string? signatureHeader, IEnumerable<string> appSecrets)
    {
        ArgumentNullException.ThrowIfNull(appSecrets);
        Span<byte> expected = stackalloc byte[HashSize];
        if (!TryDecode(signatureHeader, expected))
        {
            return false;
        }

        var valid = false;
        foreach (var secret in appSecrets)
        {
            // Every secret is tried, so timing does not tell which one matched.
            if (!string.IsNullOrEmpty(secret))
            {
                valid |= Matches(body, expected, secret);
            }
        }

        return valid;
    }

    /// <summary>Computes the header value for a body: <c>sha256=</c> + lower-case hex HMAC-SHA256. For tests, emulators and forwarding.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="appSecret">The app secret.</param>
    /// <returns>The <c>X-Hub-Signature-256</c> value.</returns>
    /// <exception cref="ArgumentException"><paramref name="appSecret"/> is null or empty.</exception>
    public static string Compute(ReadOnlySpan<byte> body, string appSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        Span<byte> hash = stackalloc byte[HashSize];
        Hash(body, appSecret, hash);
        return Prefix + Convert.ToHexString(hash).ToLowerInvariant();
    }

    private static bool Matches(ReadOnlySpan<byte> body, ReadOnlySpan<byte> expected, string secret)
    {
        Span<byte> actual = stackalloc byte[HashSize];
        Hash(body, secret, actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static void Hash(ReadOnlySpan<byte> body, string secret, Span<byte> destination)
    {
        var length = Encoding.UTF8.GetMaxByteCount(secret.Length);
        byte[]? rented = null;
        var key = length <= StackKeyLimit ? stackalloc byte[StackKeyLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(secret, key);
            HMACSHA256.HashData(key[..written], body, destination);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Decodes <c>sha256=&lt;64 hex digits&gt;</c> (either case); <see langword="false"/> for anything else.</summary>
    private static bool TryDecode(string? header, Span<byte> hash)
    {
        if (header is null)
        {
            return false;
        }

        var value = header.AsSpan().Trim();
        if (value.Length != Prefix.Length + (HashSize * 2) || !value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var hex = value[Prefix.Length..];
        for (var i = 0; i < HashSize; i++)
        {
            var high = HexValue(hex[2 * i]);
            var low = HexValue(hex[(2 * i) + 1]);
            if ((high | low) < 0)
            {
                return false;
            }

            hash[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
