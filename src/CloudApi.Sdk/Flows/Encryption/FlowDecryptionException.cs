namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>
/// A data-exchange request could not be decrypted: its envelope is incomplete, its AES key was not encrypted with the
/// business public key that matches the private key in use, or its data fails the GCM authentication. An endpoint
/// answers such a request with HTTP 421, so that WhatsApp fetches the current public key and tries again.
/// </summary>
public sealed class FlowDecryptionException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed (never key material or request data).</param>
    /// <param name="innerException">The cryptography error, when there is one.</param>
    public FlowDecryptionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
