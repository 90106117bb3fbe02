namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>
/// A flow media file failed one of its checks: the CDN file's SHA-256, its HMAC, the decryption, or the decrypted
/// file's SHA-256. The bytes are not trustworthy and are not returned.
/// </summary>
public sealed class FlowMediaIntegrityException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="check">The check that failed.</param>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cryptography error, when there is one.</param>
    public FlowMediaIntegrityException(FlowMediaCheck check, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Check = check;
    }

    /// <summary>The check that failed.</summary>
    public FlowMediaCheck Check { get; }
}
