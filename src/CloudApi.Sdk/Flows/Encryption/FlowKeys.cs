using System.Security.Cryptography;

namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>Loads the business private key from PEM text the way users hold it: files, user secrets and environment variables.</summary>
internal static class FlowKeys
{
    public static RSA LoadPrivateKey(string pem, string? passphrase)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var text = Normalize(pem);
        var encrypted = text.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal);
        if (!encrypted && !text.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            throw new FlowKeyException("The business private key is not a PEM private key: expected a '-----BEGIN PRIVATE KEY-----', " +
                "'-----BEGIN RSA PRIVATE KEY-----' or '-----BEGIN ENCRYPTED PRIVATE KEY-----' block.");
        }

        if (encrypted && string.IsNullOrEmpty(passphrase))
        {
            throw new FlowKeyException("The business private key is encrypted (ENCRYPTED PRIVATE KEY) but no passphrase was given.");
        }

        var rsa = RSA.Create();
        try
        {
            if (encrypted)
            {
                rsa.ImportFromEncryptedPem(text, passphrase);
            }
            else
            {
                rsa.ImportFromPem(text);
            }

            return rsa;
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new FlowKeyException(encrypted
                ? "The business private key could not be decrypted: the passphrase is wrong or the key is not an RSA key."
                : "The business private key could not be read: the PEM block is damaged or is not an RSA key.", exception);
        }
    }

    /// <summary>
    /// A PEM pasted into an environment variable or JSON often arrives on one line with literal <c>\n</c> sequences;
    /// turn those into line breaks so the block parses.
    /// </summary>
    private static string Normalize(string pem) =>
        pem.Contains('\n', StringComparison.Ordinal) ? pem : pem.Replace("\\n", "\n", StringComparison.Ordinal);
}
