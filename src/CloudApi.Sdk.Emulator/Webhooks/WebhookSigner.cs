using System.Security.Cryptography;
using System.Text;

namespace CloudApi.Sdk.Emulator.Webhooks;

/// <summary>Meta's <c>X-Hub-Signature-256</c>: <c>sha256=</c> + lowercase hex HMAC-SHA256 of the raw body, keyed with the app secret.</summary>
internal static class WebhookSigner
{
    public const string HeaderName = "X-Hub-Signature-256";

    public static string Sign(ReadOnlySpan<byte> body, string appSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));
}
