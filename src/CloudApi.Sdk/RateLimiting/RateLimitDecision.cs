namespace CloudApi.Sdk.RateLimiting;

/// <summary>A store's answer to an acquire.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Delay">The wait that goes with <paramref name="Outcome"/> (zero: send now).</param>
public readonly record struct RateLimitDecision(RateLimitOutcome Outcome, TimeSpan Delay);
