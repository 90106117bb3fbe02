namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// A send was refused before it left the process because its recipient has no pair slot now and the registration's
/// <see cref="WhatsAppRateLimitOptions.PairPolicy"/> is <see cref="PairLimitPolicy.FailFast"/>. Nothing was sent; send
/// again after <see cref="RetryAfter"/>.
/// </summary>
public sealed class PairRateLimitExceededException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="phoneNumberId">The sending business phone-number id.</param>
    /// <param name="recipient">The recipient as the caller wrote it.</param>
    /// <param name="retryAfter">How long until the pair has a slot again.</param>
    public PairRateLimitExceededException(string phoneNumberId, string recipient, TimeSpan retryAfter)
        : base($"The pair limit of phone-number id {phoneNumberId} and {recipient} has no slot now; nothing was sent. Retry after {retryAfter.TotalSeconds:0.###} s.")
    {
        PhoneNumberId = phoneNumberId;
        Recipient = recipient;
        RetryAfter = retryAfter;
    }

    /// <summary>The sending business phone-number id.</summary>
    public string PhoneNumberId { get; }

    /// <summary>The recipient as the caller wrote it.</summary>
    public string Recipient { get; }

    /// <summary>How long until the pair has a slot again.</summary>
    public TimeSpan RetryAfter { get; }
}
