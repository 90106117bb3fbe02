namespace CloudApi.Sdk.Templates;

/// <summary>An Android app that may receive a one-time password by one tap or zero tap (<c>{"package_name","signature_hash"}</c>).</summary>
public sealed class TemplateSupportedApp
{
    /// <summary>The app's signing-key hash length Meta requires.</summary>
    public const int SignatureHashLength = 11;

    /// <summary>Creates the app reference.</summary>
    /// <param name="packageName">The Android package name, e.g. <c>com.example.luckyshrub</c>, up to 224 characters.</param>
    /// <param name="signatureHash">The app signing-key hash, 11 characters.</param>
    /// <exception cref="WhatsAppValidationException">A value is empty or malformed.</exception>
    public TemplateSupportedApp(string packageName, string signatureHash)
    {
        Validate.Text(packageName, 224, "package_name");
        Validate.Text(signatureHash, SignatureHashLength, "signature_hash");
        if (signatureHash.Length != SignatureHashLength)
        {
            throw new WhatsAppValidationException("signature_hash", $"signature_hash is {signatureHash.Length} characters; Meta requires {SignatureHashLength}.", SignatureHashLength);
        }

        PackageName = packageName;
        SignatureHash = signatureHash;
    }

    /// <summary>The package name (<c>package_name</c>).</summary>
    public string PackageName { get; }

    /// <summary>The signing-key hash (<c>signature_hash</c>).</summary>
    public string SignatureHash { get; }
}
