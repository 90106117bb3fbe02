namespace CloudApi.Sdk.RateLimiting;

/// <summary>What a send does when the (business number, recipient) pair limit has no slot for it right now.</summary>
public enum PairLimitPolicy
{
    /// <summary>Wait (cancellably) for the pair's next slot, then send. The default.</summary>
    Wait = 0,

    /// <summary>Do not wait: throw <see cref="PairRateLimitExceededException"/> carrying <see cref="PairRateLimitExceededException.RetryAfter"/>.</summary>
    FailFast = 1,
}
