namespace CloudApi.Sdk.RateLimiting;

/// <summary>How an acquire treats the pair limit.</summary>
public enum PairAcquireMode
{
    /// <summary>Reserve the pair's next slot even if it lies in the future (the <see cref="PairLimitPolicy.Wait"/> policy).</summary>
    Reserve = 0,

    /// <summary>Take a pair slot only if one is free now; otherwise change nothing and answer <see cref="RateLimitOutcome.PairRejected"/>.</summary>
    FailFast = 1,

    /// <summary>Do not touch the pair limit (its slot was reserved before, or the request is not a message to a person).</summary>
    Skip = 2,
}
