namespace CloudApi.Sdk.RateLimiting;

/// <summary>A store's answer to an acquire.</summary>
public readonly struct RateLimitDecision : IEquatable<RateLimitDecision>
{
    /// <summary>Creates a decision.</summary>
    /// <param name="outcome">What happened.</param>
    /// <param name="delay">The wait that goes with <paramref name="outcome"/> (zero: send now).</param>
    public RateLimitDecision(RateLimitOutcome outcome, TimeSpan delay)
    {
        Outcome = outcome;
        Delay = delay;
    }

    /// <summary>What happened.</summary>
    public RateLimitOutcome Outcome { get; }

    /// <summary>The wait that goes with <see cref="Outcome"/> (zero: send now).</summary>
    public TimeSpan Delay { get; }

    /// <summary>Whether two decisions are the same.</summary>
    /// <param name="left">A decision.</param>
    /// <param name="right">Another.</param>
    /// <returns><see langword="true"/> when outcome and delay are equal.</returns>
    public static bool operator ==(RateLimitDecision left, RateLimitDecision right) => left.Equals(right);

    /// <summary>Whether two decisions differ.</summary>
    /// <param name="left">A decision.</param>
    /// <param name="right">Another.</param>
    /// <returns><see langword="true"/> when outcome or delay differ.</returns>
    public static bool operator !=(RateLimitDecision left, RateLimitDecision right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RateLimitDecision other) => Outcome == other.Outcome && Delay == other.Delay;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RateLimitDecision other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, Delay);

    /// <summary>Returns the outcome and the delay.</summary>
    /// <returns>E.g. <c>PairWait after 00:00:06</c>.</returns>
    public override string ToString() => Delay == TimeSpan.Zero ? Outcome.ToString() : $"{Outcome} after {Delay}";
}
