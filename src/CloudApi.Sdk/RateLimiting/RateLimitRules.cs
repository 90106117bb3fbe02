namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// The limits one acquire is checked against, handed to the <see cref="IWhatsAppRateLimitStore"/> with each call so that
/// one store serves registrations with different settings. Immutable; the limiter builds one per business number.
/// </summary>
public sealed class RateLimitRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="messagesPerSecond">The number's throughput, at least 1.</param>
    /// <param name="maxQueueLength">How many sends may wait for a throughput slot, at least 1.</param>
    /// <param name="pairInterval">The pair limit's pace (one message per interval), positive.</param>
    /// <param name="pairBurst">How many messages one recipient may receive at once, at least 1.</param>
    public RateLimitRules(int messagesPerSecond, int maxQueueLength, TimeSpan pairInterval, int pairBurst)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(messagesPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQueueLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pairInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(pairBurst, 1);
        MessagesPerSecond = messagesPerSecond;
        MaxQueueLength = maxQueueLength;

        // Rounded up, so that the spacing never allows more than the rate.
        ThroughputInterval = TimeSpan.FromTicks((TimeSpan.TicksPerSecond + messagesPerSecond - 1) / messagesPerSecond);
        MaxQueueDelay = ThroughputInterval * maxQueueLength;
        PairInterval = pairInterval;
        PairBurst = pairBurst;
        PairTolerance = pairInterval * (pairBurst - 1);
    }

    /// <summary>The number's throughput in messages per second.</summary>
    public int MessagesPerSecond { get; }

    /// <summary>How many sends may wait for a throughput slot.</summary>
    public int MaxQueueLength { get; }

    /// <summary>The spacing between two sends of the number: one second divided by the rate, rounded up to a tick.</summary>
    public TimeSpan ThroughputInterval { get; }

    /// <summary>The longest a send may wait for its throughput slot: <see cref="ThroughputInterval"/> × <see cref="MaxQueueLength"/>.</summary>
    public TimeSpan MaxQueueDelay { get; }

    /// <summary>The pair limit's pace: one message per interval to the same recipient.</summary>
    public TimeSpan PairInterval { get; }

    /// <summary>How many messages one recipient may receive at once.</summary>
    public int PairBurst { get; }

    /// <summary>GCRA's burst tolerance: <see cref="PairInterval"/> × (<see cref="PairBurst"/> − 1).</summary>
    public TimeSpan PairTolerance { get; }
}
