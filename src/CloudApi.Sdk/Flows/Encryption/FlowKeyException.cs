namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>
/// The business private key (or public key) could not be loaded: not PEM, not RSA, encrypted without a passphrase, or
/// a wrong passphrase. The message says which; it never contains key material.
/// </summary>
public sealed class FlowKeyException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the key (never the key itself).</param>
    /// <param name="innerException">The cryptography error, when there is one.</param>
    public FlowKeyException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
