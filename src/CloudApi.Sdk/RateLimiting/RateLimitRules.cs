namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// The limits one acquire is checked against, handed to the <see cref="IWhatsAppRateLimitStore"/> with each call so that
/// one store serves registrations with different settings. Immutable; the limiter builds one per business number.
/// </summary>
public sealed class RateLimitRules
{
    /// <summary>Creates the rules with no throughput headroom: sends are spaced at exactly one second divided by the rate.</summary>
    /// <param name="messagesPerSecond">The number's throughput, at least 1.</param>
    /// <param name="maxQueueLength">How many sends may wait for a throughput slot, at least 1.</param>
    /// <param name="pairInterval">The pair limit's pace (one message per interval), positive.</param>
    /// <param name="pairBurst">How many messages one recipient may receive at once, at least 1.</param>
    public RateLimitRules(int messagesPerSecond, int maxQueueLength, TimeSpan pairInterval, int pairBurst)
        : this(messagesPerSecond, maxQueueLength, pairInterval, pairBurst, throughputHeadroom: 0)
    {
    }

    /// <summary>Creates the rules.</summary>
    /// <param name="messagesPerSecond">The number's throughput, at least 1.</param>
    /// <param name="maxQueueLength">How many sends may wait for a throughput slot, at least 1.</param>
    /// <param name="pairInterval">The pair limit's pace (one message per interval), positive.</param>
    /// <param name="pairBurst">How many messages one recipient may receive at once, at least 1.</param>
    /// <param name="throughputHeadroom">
    /// The share of <paramref name="messagesPerSecond"/> kept free, 0 to 0.5: sends are spaced at
    /// <c>1 / (rate × (1 − headroom))</c>, so that jitter between departure and arrival cannot put more than the rate
    /// into any one-second window at Meta's side (see <see cref="WhatsAppRateLimitOptions.ThroughputHeadroom"/>).
    /// </param>
    public RateLimitRules(int messagesPerSecond, int maxQueueLength, TimeSpan pairInterval, int pairBurst, double throughputHeadroom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(messagesPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQueueLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pairInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(pairBurst, 1);
        if (!(throughputHeadroom is >= 0 and <= 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(throughputHeadroom), throughputHeadroom, "The headroom must be 0 to 0.5.");
        }

        MessagesPerSecond = messagesPerSecond;
        MaxQueueLength = maxQueueLength;
        ThroughputHeadroom = throughputHeadroom;

        // Rounded up, so that the spacing never allows more than the (reduced) rate.
        ThroughputInterval = throughputHeadroom == 0
            ? TimeSpan.FromTicks((TimeSpan.TicksPerSecond + messagesPerSecond - 1) / messagesPerSecond)
            : TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / (messagesPerSecond * (1 - throughputHeadroom))));
        MaxQueueDelay = ThroughputInterval * maxQueueLength;
        PairInterval = pairInterval;
        PairBurst = pairBurst;
        PairTolerance = pairInterval * (pairBurst - 1);

        LateDepartureTolerance = LateToleranceFor(throughputHeadroom);
    }

    /// <summary>The number's throughput in messages per second.</summary>
    public int MessagesPerSecond { get; }

    /// <summary>How many sends may wait for a throughput slot.</summary>
    public int MaxQueueLength { get; }

    /// <summary>The share of <see cref="MessagesPerSecond"/> kept free (0: none); see <see cref="WhatsAppRateLimitOptions.ThroughputHeadroom"/>.</summary>
    public double ThroughputHeadroom { get; }

    /// <summary>
    /// The spacing between two sends of the number: one second divided by the rate less its headroom, rounded up to a tick.
    /// </summary>
    public TimeSpan ThroughputInterval { get; }

    /// <summary>The longest a send may wait for its throughput slot: <see cref="ThroughputInterval"/> × <see cref="MaxQueueLength"/>.</summary>
    public TimeSpan MaxQueueDelay { get; }

    /// <summary>The pair limit's pace: one message per interval to the same recipient.</summary>
    public TimeSpan PairInterval { get; }

    /// <summary>How many messages one recipient may receive at once.</summary>
    public int PairBurst { get; }

    /// <summary>GCRA's burst tolerance: <see cref="PairInterval"/> × (<see cref="PairBurst"/> − 1).</summary>
    public TimeSpan PairTolerance { get; }

    /// <summary>
    /// The jitter budget of a departure (zero without headroom: no check). Within one process the departure gate
    /// (<see cref="ReserveDeparture"/>) keeps late sends spaced; with a store shared by several processes a send more
    /// than this after its slot (when it wakes up, or when its bytes are about to be written) gives the slot up and takes
    /// a new one, so that its lateness cannot bunch it with other processes' sends on time into more than the rate in
    /// one second.
    /// </summary>
    internal TimeSpan LateDepartureTolerance { get; }

    /// <summary>
    /// Half the jitter budget a headroom buys: <c>rate</c> sends spaced at <c>1 / (rate × (1 − h))</c> span
    /// <c>1 / (1 − h)</c> seconds, so any one-second window at Meta's side has <c>h / (1 − h)</c> seconds of slack. Half
    /// of it goes to a departure later than its slot, half to the way there. Zero without headroom: no check. (The
    /// interval is rounded up to a tick, which only adds slack.)
    /// </summary>
    /// <param name="headroom">The throughput headroom, 0 to 0.5.</param>
    internal static TimeSpan LateToleranceFor(double headroom) =>
        headroom > 0 ? TimeSpan.FromSeconds(headroom / (1 - headroom)) / 2 : TimeSpan.Zero;

    /// <summary>The number the limiter built these rules for (<see langword="null"/> for rules built elsewhere).</summary>
    internal string? PhoneNumberId { get; init; }

    /// <summary>The in-memory store's state of the number these rules were last used for (saves it a dictionary lookup).</summary>
    internal object? StoreState { get; set; }

    /// <summary>The throughput interval in the limiter's timestamp units (see <see cref="SetGateClock"/>).</summary>
    internal long GateInterval { get; private set; }

    /// <summary>
    /// The departure gate's spacing in timestamp units: the interval shortened by the late-departure tolerance per second
    /// (<c>interval × 1 s / (1 s + tolerance)</c>, about 2 % at the default headroom). A send never leaves before its slot
    /// and the slots are an interval apart, so sends on time leave at their slots; only sends behind them (a stall, a
    /// collection, late timers) are spaced at this, which wins the drift back instead of keeping it to the end of the
    /// campaign, and puts no more departures into a second than slots each up to a tolerance late would:
    /// <c>(1 s + tolerance) / interval</c>, the budget a shared store's late sends use.
    /// </summary>
    internal long GateCatchUpInterval { get; private set; }

    /// <summary>
    /// When the last send that passed the gate was cleared to leave (a <see cref="TimeProvider"/> timestamp): the
    /// departure gate of <see cref="ReserveDeparture"/>.
    /// </summary>
    private long _lastDeparture = long.MinValue;

    /// <summary>Converts the gate's spacings to the limiter's clock; called once by the limiter that builds these rules, before any send sees them.</summary>
    /// <param name="timestampFrequency">The clock's <see cref="TimeProvider.TimestampFrequency"/>.</param>
    internal void SetGateClock(long timestampFrequency)
    {
        var interval = ThroughputInterval.Ticks * ((double)timestampFrequency / TimeSpan.TicksPerSecond);
        GateInterval = (long)Math.Ceiling(interval);
        GateCatchUpInterval = (long)Math.Ceiling(interval / (1 + LateDepartureTolerance.TotalSeconds));
    }

    /// <summary>Whether a send that found no queue may leave at <paramref name="now"/> without the gate: the gate's last departure is an interval or more ago.</summary>
    internal bool GateClearAt(long now) => Volatile.Read(ref _lastDeparture) + GateInterval <= now;

    /// <summary>
    /// Clears a send that reached its throughput slot to leave at <paramref name="now"/> or, when the previous send
    /// through the gate left less than <paramref name="spacing"/> ago, that long after it. Sends that wake up late (a
    /// loaded machine's timers, a collection) leave spaced instead of together, without giving their slots up.
    /// </summary>
    /// <param name="now">The current timestamp (at or after the send's slot).</param>
    /// <param name="spacing">The least time since the previous departure, in timestamp units.</param>
    /// <returns>The timestamp the send may leave at (at or after <paramref name="now"/>).</returns>
    internal long ReserveDeparture(long now, long spacing)
    {
        while (true)
        {
            var last = Volatile.Read(ref _lastDeparture);
            var next = Math.Max(now, last + spacing);
            if (Interlocked.CompareExchange(ref _lastDeparture, next, last) == last)
            {
                return next;
            }
        }
    }
}
