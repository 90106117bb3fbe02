namespace CloudApi.Sdk.RateLimiting;

/// <summary>The outcome of <see cref="IWhatsAppRateLimitStore.AcquireAsync"/>; <see cref="RateLimitDecision.Delay"/> says the time that goes with it.</summary>
public enum RateLimitOutcome
{
    /// <summary>The send has its throughput slot (and its pair slot): send after <see cref="RateLimitDecision.Delay"/>.</summary>
    Acquired = 0,

    /// <summary>
    /// The pair slot was reserved <see cref="RateLimitDecision.Delay"/> from now and no throughput slot was taken: wait,
    /// then acquire again with <see cref="PairAcquireMode.Skip"/>.
    /// </summary>
    PairReserved = 1,

    /// <summary>The pair has no slot now and nothing was reserved; one frees up after <see cref="RateLimitDecision.Delay"/>.</summary>
    PairRejected = 2,

    /// <summary>The number's queue is full: its next throughput slot is <see cref="RateLimitDecision.Delay"/> away, beyond the limit. Nothing was reserved.</summary>
    QueueFull = 3,
}
