using System.Security.Cryptography;

namespace CloudApi.Sdk.Flows;

/// <summary>Checks a business public key before it is sent, and writes it in the one PEM form every reader takes.</summary>
internal static class BusinessPublicKeyPem
{
    /// <summary>The RSA key size Meta documents for the business key.</summary>
    public const int KeySizeBits = 2048;

    private const string Field = "business_public_key";

    /// <summary>Returns the key as a SubjectPublicKeyInfo PEM (<c>-----BEGIN PUBLIC KEY-----</c>).</summary>
    public static string Normalize(string? pem)
    {
        Validate.NotEmpty(pem, Field);
        if (pem!.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            // Never echo the text: it is a secret.
            throw new WhatsAppValidationException(Field,
                $"{Field} is a private key. Set the public key only; the private key stays with your flow endpoint.");
        }

        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw new WhatsAppValidationException(Field,
                $"{Field} is not an RSA public key in PEM (-----BEGIN PUBLIC KEY----- or -----BEGIN RSA PUBLIC KEY-----).");
        }

        if (rsa.KeySize != KeySizeBits)
        {
            throw new WhatsAppValidationException(Field, $"{Field} is a {rsa.KeySize}-bit RSA key; WhatsApp Flows use {KeySizeBits}-bit keys.", KeySizeBits);
        }

        return rsa.ExportSubjectPublicKeyInfoPem();
    }
}
