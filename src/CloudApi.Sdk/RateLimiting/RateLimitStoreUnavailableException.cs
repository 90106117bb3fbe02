namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// The rate-limit store (Redis, for example) could not be reached, so the send was not made: sending without the
/// shared limits could exceed them. Configure a local fallback on the store to keep sending while it is down.
/// </summary>
public sealed class RateLimitStoreUnavailableException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The store's error.</param>
    public RateLimitStoreUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
