namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// A send was refused before it left the process because too many sends of its business number are already waiting
/// for a throughput slot (<see cref="WhatsAppRateLimitOptions.MaxQueueLength"/>). Nothing was sent; send fewer at once
/// (the bulk API bounds its concurrency) or raise the limit.
/// </summary>
public sealed class RateLimitQueueFullException : WhatsAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="phoneNumberId">The sending business phone-number id.</param>
    /// <param name="maxQueueLength">The queue limit in force.</param>
    /// <param name="retryAfter">How far away the number's next free slot is.</param>
    public RateLimitQueueFullException(string phoneNumberId, int maxQueueLength, TimeSpan retryAfter)
        : base($"The send queue of phone-number id {phoneNumberId} is full ({maxQueueLength} sends waiting); nothing was sent. Its next free slot is {retryAfter.TotalSeconds:0.###} s away.")
    {
        PhoneNumberId = phoneNumberId;
        MaxQueueLength = maxQueueLength;
        RetryAfter = retryAfter;
    }

    /// <summary>The sending business phone-number id.</summary>
    public string PhoneNumberId { get; }

    /// <summary>The queue limit in force.</summary>
    public int MaxQueueLength { get; }

    /// <summary>How far away the number's next free slot is.</summary>
    public TimeSpan RetryAfter { get; }

    internal override TimeSpan? QueueFullRetryAfter => RetryAfter;
}
