using System.Collections.Concurrent;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// The default <see cref="IWhatsAppRateLimitStore"/>: the limits of one process, in memory. Throughput is one GCRA
/// timestamp per business number; the pair limit is a compact table of one timestamp per recipient (a few dozen bytes
/// per tracked pair, swept as pairs expire, no timers). Calls complete synchronously and allocate nothing.
/// Share one instance between registrations that send from the same numbers (the DI registration does).
/// </summary>
public sealed class InMemoryRateLimitStore : IWhatsAppRateLimitStore
{
    private readonly ConcurrentDictionary<string, NumberState> _numbers = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private readonly double _timestampsPerTick;
    private readonly double _ticksPerTimestamp;
    private readonly long _guardStart;
    private NumberState? _last;

    /// <summary>Creates a store on the system clock.</summary>
    public InMemoryRateLimitStore()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Creates a store on <paramref name="timeProvider"/>.</summary>
    /// <param name="timeProvider">The clock (a <c>FakeTimeProvider</c> in tests).</param>
    public InMemoryRateLimitStore(TimeProvider timeProvider)
        : this(timeProvider, assumeRecentActivity: false)
    {
    }

    private InMemoryRateLimitStore(TimeProvider timeProvider, bool assumeRecentActivity)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _timestampsPerTick = (double)timeProvider.TimestampFrequency / TimeSpan.TicksPerSecond;
        _ticksPerTimestamp = 1 / _timestampsPerTick;
        _guardStart = assumeRecentActivity ? timeProvider.GetTimestamp() : long.MinValue;
    }

    /// <summary>
    /// Creates the conservative local fallback of a shared store (Redis, a database) that cannot be reached: a store that
    /// starts as if every pair had just used its whole burst and every number had a full queue, because this process
    /// cannot know what the shared state held. Its first pair slot is a pair interval (plus the burst's pay-back) away and
    /// its first throughput slot one queue length away; after that it limits like any in-memory store.
    /// </summary>
    /// <param name="timeProvider">The clock; <see langword="null"/> for the system clock.</param>
    /// <returns>A new store, to be created once per shared store (when it first fails) and reused while the outage lasts.</returns>
    /// <remarks>
    /// The fallback limits this process alone: several instances falling back at once can exceed a number's throughput
    /// together. A store author decides whether to fall back at all (the safe default is to throw
    /// <see cref="RateLimitStoreUnavailableException"/>).
    /// </remarks>
    public static InMemoryRateLimitStore CreateFallback(TimeProvider? timeProvider = null) =>
        new(timeProvider ?? TimeProvider.System, assumeRecentActivity: true);

    /// <summary>The number of (number, recipient) pairs currently held, expired ones not yet dropped included (a number's table drops its expired pairs when it fills).</summary>
    public long TrackedPairs
    {
        get
        {
            long count = 0;
            foreach (var number in _numbers.Values)
            {
                count += number.Count;
            }

            return count;
        }
    }

    internal long AllocatedPairBytes => _numbers.Values.Sum(n => n.AllocatedBytes);

    /// <inheritdoc />
    public ValueTask<RateLimitDecision> AcquireAsync(RateLimitAcquireRequest request, CancellationToken cancellationToken = default) =>
        new(Acquire(request.PhoneNumberId, request.RecipientKey, request.Rules, request.PairMode));

    /// <inheritdoc />
    public ValueTask PushForwardAsync(string phoneNumberId, long recipientKey, TimeSpan delay, RateLimitRules rules, CancellationToken cancellationToken = default)
    {
        PushForward(phoneNumberId, recipientKey, delay, rules);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc cref="Acquire(string, long, RateLimitRules, PairAcquireMode, out long, bool)"/>
    internal RateLimitDecision Acquire(string phoneNumberId, long recipientKey, RateLimitRules rules, PairAcquireMode pairMode, bool immediate = false) =>
        Acquire(phoneNumberId, recipientKey, rules, pairMode, out _, immediate);

    /// <summary>The synchronous core of <see cref="AcquireAsync"/>.</summary>
    /// <param name="phoneNumberId">The sending business phone-number id.</param>
    /// <param name="recipientKey">The recipient's digits; 0 when no pair limit applies.</param>
    /// <param name="rules">The limits to apply.</param>
    /// <param name="pairMode">How the pair limit is treated.</param>
    /// <param name="now">The timestamp the decision was made at (the delay counts from it).</param>
    /// <param name="immediate">
    /// Take the throughput slot only if it is free now, else answer <see cref="RateLimitOutcome.QueueFull"/> with the distance
    /// to it and change nothing (the adapter's <c>AttemptAcquire</c>, which must not reserve a slot it cannot wait for).
    /// </param>
    internal RateLimitDecision Acquire(string phoneNumberId, long recipientKey, RateLimitRules rules, PairAcquireMode pairMode, out long now, bool immediate = false)
    {
        ArgumentNullException.ThrowIfNull(phoneNumberId);
        ArgumentNullException.ThrowIfNull(rules);
        now = _timeProvider.GetTimestamp();
        var outcome = Number(phoneNumberId, rules).Acquire(recipientKey, now, rules, pairMode, immediate, out var wait);
        return new(outcome, wait == 0 ? TimeSpan.Zero : ToTimeSpan(wait));
    }

    internal void PushForward(string phoneNumberId, long recipientKey, TimeSpan delay, RateLimitRules rules)
    {
        ArgumentNullException.ThrowIfNull(phoneNumberId);
        ArgumentNullException.ThrowIfNull(rules);
        var now = _timeProvider.GetTimestamp();
        var until = now + ToTimestamp(delay);
        var number = Number(phoneNumberId, rules);
        if (recipientKey != 0)
        {
            number.PushPair(recipientKey, until, now, rules);
        }
        else
        {
            number.PushThroughput(until);
        }
    }

    /// <summary>The pair's next-slot time relative to now, or <see langword="null"/> when the pair is not tracked (for tests).</summary>
    internal TimeSpan? PeekPairTat(string phoneNumberId, long recipientKey) =>
        _numbers.TryGetValue(phoneNumberId, out var number) && number.Peek(recipientKey) is { } tat
            ? ToTimeSpan(tat - _timeProvider.GetTimestamp())
            : null;

    private NumberState Number(string phoneNumberId, RateLimitRules rules)
    {
        // The limiter builds one rules instance per number, so the number's state is kept on it: no dictionary lookup
        // (and no string hash) on the hot path even when every send comes from another number.
        if (rules.StoreState is NumberState cached && ReferenceEquals(cached.Store, this) &&
            (ReferenceEquals(cached.PhoneNumberId, phoneNumberId) || cached.PhoneNumberId == phoneNumberId))
        {
            return cached;
        }

        var number = Number(phoneNumberId);
        rules.StoreState = number;
        return number;
    }

    private NumberState Number(string phoneNumberId)
    {
        var last = _last;
        if (last is not null && (ReferenceEquals(last.PhoneNumberId, phoneNumberId) || last.PhoneNumberId == phoneNumberId))
        {
            return last;
        }

        var number = _numbers.GetOrAdd(phoneNumberId, static (id, store) => new NumberState(id, store), this);
        _last = number;
        return number;
    }

    private long ToTimestamp(TimeSpan span) => (long)Math.Ceiling(span.Ticks * _timestampsPerTick);

    private TimeSpan ToTimeSpan(long timestamps) => TimeSpan.FromTicks((long)Math.Ceiling(timestamps * _ticksPerTimestamp));

    /// <summary>
    /// A number's limits state: its pair table (the base class, in the same object), its throughput TAT and its rules in
    /// timestamp units, all under the table's lock. One lock for both limits makes an acquire one atomic operation, and
    /// makes the queue check, the pair slot and the throughput slot one decision: a send refused for a full queue takes no
    /// pair slot.
    /// </summary>
    private sealed class NumberState(string phoneNumberId, InMemoryRateLimitStore store) : PairTable
    {
        public readonly string PhoneNumberId = phoneNumberId;
        public readonly InMemoryRateLimitStore Store = store;
        private long _throughputTat = long.MinValue;
        private RateLimitRules? _rules;
        private ConvertedLimits _limits;

        /// <summary>The store's acquire for this number at <paramref name="now"/>; <paramref name="wait"/> is the delay in timestamp units.</summary>
        public RateLimitOutcome Acquire(long recipientKey, long now, RateLimitRules rules, PairAcquireMode pairMode, bool immediate, out long wait)
        {
            var pair = pairMode != PairAcquireMode.Skip && recipientKey != 0;
            var hash = Mix(recipientKey);
            Enter();
            try
            {
                ref readonly var limits = ref Limits(rules);

                // The queue is measured from the floor (a restart's unknown history), not from now: the floor is a wait
                // that every send of the number shares, not sends queued ahead, so it never makes the queue look full.
                var origin = immediate ? now : Math.Max(now, limits.ThroughputFloor);
                var tat = Math.Max(_throughputTat, origin);
                wait = tat - now;
                if (tat - origin > (immediate ? 0 : limits.MaxQueue))
                {
                    return RateLimitOutcome.QueueFull;
                }

                if (pair)
                {
                    var pairWait = AcquireLocked(recipientKey, hash, now, limits.PairInterval, limits.PairTolerance, limits.PairFloor, pairMode == PairAcquireMode.Reserve);
                    if (pairWait != 0)
                    {
                        wait = Math.Abs(pairWait);
                        return pairWait < 0 ? RateLimitOutcome.PairRejected : RateLimitOutcome.PairReserved;
                    }
                }

                _throughputTat = tat + limits.ThroughputInterval;
                return RateLimitOutcome.Acquired;
            }
            finally
            {
                Exit();
            }
        }

        /// <summary>
        /// A 131056's push: the burst counts as used (the pair was over Meta's limit) and the slot at
        /// <paramref name="until"/> belongs to the retry of the refused send, so other sends to the recipient get the
        /// slots after it.
        /// </summary>
        public void PushPair(long recipientKey, long until, long now, RateLimitRules rules)
        {
            var hash = Mix(recipientKey);
            Enter();
            try
            {
                ref readonly var limits = ref Limits(rules);
                RaiseLocked(recipientKey, hash, until + limits.PairTolerance + limits.PairInterval, now);
            }
            finally
            {
                Exit();
            }
        }

        /// <summary>A throttled number's push: no throughput slot before <paramref name="until"/>.</summary>
        public void PushThroughput(long until)
        {
            Enter();
            try
            {
                _throughputTat = Math.Max(_throughputTat, until);
            }
            finally
            {
                Exit();
            }
        }

        /// <summary>The rules in timestamp units, converted again only when another rules instance shares the number (with the lock held).</summary>
        private ref readonly ConvertedLimits Limits(RateLimitRules rules)
        {
            if (!ReferenceEquals(_rules, rules))
            {
                _limits = new ConvertedLimits(rules, Store);
                _rules = rules;
            }

            return ref _limits;
        }
    }

    /// <summary>A <see cref="RateLimitRules"/> in timestamp units.</summary>
    private readonly struct ConvertedLimits
    {
        public ConvertedLimits(RateLimitRules rules, InMemoryRateLimitStore store)
        {
            ThroughputInterval = store.ToTimestamp(rules.ThroughputInterval);
            MaxQueue = store.ToTimestamp(rules.MaxQueueDelay);
            PairInterval = store.ToTimestamp(rules.PairInterval);
            PairTolerance = store.ToTimestamp(rules.PairTolerance);
            var guarded = store._guardStart != long.MinValue;

            // The worst state the unknown history could have left: a full queue, a pair that just used its burst.
            ThroughputFloor = guarded ? store._guardStart + MaxQueue : long.MinValue;
            PairFloor = guarded ? store._guardStart + PairTolerance + PairInterval : long.MinValue;
        }

        public long ThroughputInterval { get; }

        public long MaxQueue { get; }

        public long PairInterval { get; }

        public long PairTolerance { get; }

        public long ThroughputFloor { get; }

        public long PairFloor { get; }
    }
}
