using System.Collections.Concurrent;
using System.Globalization;
using CloudApi.Sdk.Diagnostics;
using CloudApi.Sdk.Http;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// One registration's limiter: asks the store for slots, waits for them through <see cref="TimeProvider"/>
/// (cancellably), and moves the limits forward when Meta throttles anyway. Lives as long as the service provider;
/// the HTTP handlers (recreated by the client factory) only borrow it.
/// </summary>
internal sealed class WhatsAppRateLimiter : IDepartureGate
{
    private readonly ConcurrentDictionary<string, RateLimitRules> _rules = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<PairHold, Hold> _pairHolds = new();
    private readonly TimeProvider _timeProvider;
    private readonly InMemoryRateLimitStore? _inMemory;
    private long _appPausedUntil = long.MinValue;
    private int _pairHoldCount;
    private long _holdEpoch;
    private RateLimitRules? _lastRules;

    public WhatsAppRateLimiter(WhatsAppRateLimitOptions options, IWhatsAppRateLimitStore store, TimeProvider timeProvider, RateLimitMetrics metrics, ILogger logger)
    {
        Options = options;
        Store = store;
        _inMemory = store as InMemoryRateLimitStore;
        _timeProvider = timeProvider;
        Metrics = metrics;
        Logger = logger;
        LateWriteTolerance = RateLimitRules.LateToleranceFor(options.ThroughputHeadroom);
    }

    public WhatsAppRateLimitOptions Options { get; }

    public IWhatsAppRateLimitStore Store { get; }

    public RateLimitMetrics Metrics { get; }

    public ILogger Logger { get; }

    public TimeProvider TimeProvider => _timeProvider;

    /// <summary>
    /// How long a send cleared to leave may take to reach its connection before it departs again
    /// (<see cref="DepartLateWriteAsync"/>), counted from when the gate let it go in one process or from its slot
    /// with a shared store; zero without headroom: no check.
    /// </summary>
    public TimeSpan LateWriteTolerance { get; }

    public RateLimitRules Rules(string phoneNumberId)
    {
        // Most registrations send from one number, whose id is one string (the options'): the last one is kept at hand,
        // saving the dictionary's hash. Only the reference is compared: with many numbers, comparing another number's
        // id by its characters would read memory the dictionary does not need.
        var last = _lastRules;
        if (last is not null && ReferenceEquals(last.PhoneNumberId, phoneNumberId))
        {
            return last;
        }

        var rules = _rules.GetOrAdd(phoneNumberId, static (id, limiter) => limiter.NewRules(id), this);
        _lastRules = rules;
        return rules;
    }

    private RateLimitRules NewRules(string phoneNumberId)
    {
        var o = Options;
        var rules = new RateLimitRules(o.GetMessagesPerSecond(phoneNumberId), o.MaxQueueLength, o.PairInterval, o.PairBurst, o.ThroughputHeadroom)
        {
            PhoneNumberId = phoneNumberId,
        };
        rules.SetGateClock(_timeProvider.TimestampFrequency);
        return rules;
    }

    /// <summary>
    /// Waits until a send from <paramref name="phoneNumberId"/> to <paramref name="recipientKey"/> (0: no pair limit) may go.
    /// The message send waiting (<paramref name="send"/>, the HTTP handler's) is cleared to leave at its departure
    /// (<see cref="MessageSend.ClearedToLeave"/>), which its body checks once more before it is written.
    /// </summary>
    /// <exception cref="PairRateLimitExceededException">Fail-fast policy and no pair slot now.</exception>
    /// <exception cref="RateLimitQueueFullException">The number's queue is full.</exception>
    public ValueTask AcquireAsync(string phoneNumberId, long recipientKey, string recipient, PairAcquireMode pairMode, MessageSend? send, CancellationToken cancellationToken)
    {
        // No second state machine when the slot is free now.
        var pending = ReserveAsync(phoneNumberId, recipientKey, pairMode, send, cancellationToken);
        if (pending.IsCompletedSuccessfully)
        {
            ThrowIfRefused(phoneNumberId, recipient, pending.Result);
            return ValueTask.CompletedTask;
        }

        return AwaitAcquireAsync(phoneNumberId, recipient, pending);
    }

    private async ValueTask AwaitAcquireAsync(string phoneNumberId, string recipient, ValueTask<RateLimitDecision> pending) =>
        ThrowIfRefused(phoneNumberId, recipient, await pending.ConfigureAwait(false));

    private void ThrowIfRefused(string phoneNumberId, string recipient, RateLimitDecision decision)
    {
        switch (decision.Outcome)
        {
            case RateLimitOutcome.Acquired:
                return;
            case RateLimitOutcome.PairRejected:
                throw new PairRateLimitExceededException(phoneNumberId, recipient, decision.Delay);
            default:
                throw new RateLimitQueueFullException(phoneNumberId, Rules(phoneNumberId).MaxQueueLength, decision.Delay);
        }
    }

    /// <summary>
    /// The core of every acquire (the HTTP handler's and the <see cref="System.Threading.RateLimiting.PartitionedRateLimiter{TResource}"/>
    /// adapter's): reserves the send's slots and waits for them, or answers a refusal without throwing. Refusals are logged and counted.
    /// </summary>
    /// <param name="phoneNumberId">The sending business phone-number id.</param>
    /// <param name="recipientKey">The recipient's digits; 0 when no pair limit applies.</param>
    /// <param name="pairMode">How the pair limit is treated.</param>
    /// <param name="send">The message send waiting, cleared to leave at its departure once it has its slots.</param>
    /// <param name="cancellationToken">Cancels the waits and a remote store's calls.</param>
    /// <param name="stopping">A second token that cancels the waits only (the adapter's disposal); none by default.</param>
    /// <returns>
    /// <see cref="RateLimitOutcome.Acquired"/> once the slots are reached; <see cref="RateLimitOutcome.PairRejected"/> with the
    /// retry delay (safety margin included); <see cref="RateLimitOutcome.QueueFull"/> with the distance to the number's next free slot.
    /// </returns>
    public ValueTask<RateLimitDecision> ReserveAsync(string phoneNumberId, long recipientKey, PairAcquireMode pairMode, MessageSend? send, CancellationToken cancellationToken, CancellationToken stopping = default)
    {
        if (_inMemory is not { } memory || Volatile.Read(ref _appPausedUntil) != long.MinValue)
        {
            return ReserveFromStoreAsync(phoneNumberId, recipientKey, pairMode, send, cancellationToken, stopping);
        }

        // The in-memory store answers synchronously: a slot free now (the common case) costs no state machine at all.
        var rules = Rules(phoneNumberId);
        var epoch = Volatile.Read(ref _holdEpoch);
        var decision = memory.Acquire(phoneNumberId, recipientKey, rules, pairMode, out var now);
        if (decision.Outcome == RateLimitOutcome.Acquired && decision.Delay == TimeSpan.Zero && Volatile.Read(ref _pairHoldCount) == 0 && rules.GateClearAt(now))
        {
            // The store's clock read doubles as the departure: one read per send.
            ClearToLeave(send, now);
            return new(decision);
        }

        return CompleteAsync(phoneNumberId, recipientKey, pairMode, rules, epoch, now, decision, send, cancellationToken, stopping);
    }

    /// <summary><see cref="ReserveAsync"/> through the store's asynchronous call (a shared store, or the app paused by a throttling answer).</summary>
    private async ValueTask<RateLimitDecision> ReserveFromStoreAsync(string phoneNumberId, long recipientKey, PairAcquireMode pairMode, MessageSend? send, CancellationToken cancellationToken, CancellationToken stopping)
    {
        if (Volatile.Read(ref _appPausedUntil) != long.MinValue)
        {
            await WaitForAppAsync(phoneNumberId, cancellationToken, stopping).ConfigureAwait(false);
        }

        var rules = Rules(phoneNumberId);
        var epoch = Volatile.Read(ref _holdEpoch);

        // The store's delay counts from when it was asked: a slow round trip (a loaded Redis) makes the send late, not its slot later.
        var asked = _timeProvider.GetTimestamp();
        var decision = await Store.AcquireAsync(new(phoneNumberId, recipientKey, rules, pairMode), cancellationToken).ConfigureAwait(false);
        return await CompleteAsync(phoneNumberId, recipientKey, pairMode, rules, epoch, asked, decision, send, cancellationToken, stopping).ConfigureAwait(false);
    }

    /// <summary>
    /// The rest of an acquire once the store answered: the pair wait, the throughput wait (with the late-departure
    /// check), a 131056 hold on the pair, and the refusals' logs and counters.
    /// </summary>
    private async ValueTask<RateLimitDecision> CompleteAsync(
        string phoneNumberId, long recipientKey, PairAcquireMode pairMode, RateLimitRules rules, long epoch, long asked, RateLimitDecision decision, MessageSend? send, CancellationToken cancellationToken, CancellationToken stopping)
    {
        if (decision.Outcome == RateLimitOutcome.PairReserved)
        {
            asked = 0;
            var wait = decision.Delay + Options.PairSafetyMargin;
            RateLimitLog.PairWait(Logger, phoneNumberId, wait.TotalSeconds);
            Metrics.Waited(phoneNumberId, "pair", wait);
            await DelayAsync(phoneNumberId, "pair", wait, cancellationToken, stopping).ConfigureAwait(false);
            asked = _timeProvider.GetTimestamp();
            decision = await Store.AcquireAsync(new(phoneNumberId, recipientKey, rules, PairAcquireMode.Skip), cancellationToken).ConfigureAwait(false);
        }

        switch (decision.Outcome)
        {
            case RateLimitOutcome.Acquired:
                // A send that found no queue still passes the gate while sends behind their slots are leaving through it.
                var departure = decision.Delay > TimeSpan.Zero || (_inMemory is not null && !rules.GateClearAt(asked))
                    ? await WaitForSlotAsync(phoneNumberId, rules, asked, decision.Delay, cancellationToken, stopping).ConfigureAwait(false)
                    : asked;

                if (Volatile.Read(ref _pairHoldCount) != 0 && recipientKey != 0 && pairMode != PairAcquireMode.Skip &&
                    PairHeldFor(phoneNumberId, recipientKey, epoch, rules) is { } held)
                {
                    // Meta refused a send to this user (131056) after this send had its slot: it waits out the 4^X
                    // backoff and takes a new pair slot, behind the refused send's retry.
                    Metrics.Waited(phoneNumberId, "pair_hold", held);
                    await DelayAsync(phoneNumberId, "pair_hold", held, cancellationToken, stopping).ConfigureAwait(false);
                    return await ReserveAsync(phoneNumberId, recipientKey, pairMode == PairAcquireMode.FailFast ? PairAcquireMode.FailFast : PairAcquireMode.Reserve, send, cancellationToken, stopping).ConfigureAwait(false);
                }

                ClearToLeave(send, departure);
                return new(RateLimitOutcome.Acquired, TimeSpan.Zero);
            case RateLimitOutcome.PairRejected:
                RateLimitLog.PairRejected(Logger, phoneNumberId, decision.Delay.TotalSeconds);
                Metrics.Rejected(phoneNumberId, "pair");
                return new(RateLimitOutcome.PairRejected, decision.Delay + Options.PairSafetyMargin);
            case RateLimitOutcome.QueueFull:
                RateLimitLog.QueueFull(Logger, phoneNumberId, rules.MaxQueueLength);
                Metrics.Rejected(phoneNumberId, "queue_full");
                return decision;
            default:
                throw new InvalidOperationException($"The rate-limit store answered {decision.Outcome} to a {PairAcquireMode.Skip} acquire.");
        }
    }

    /// <summary>Has the body of <paramref name="send"/> (if any) check, before it is written, that it is not later than the tolerance after <paramref name="departure"/>.</summary>
    private void ClearToLeave(MessageSend? send, long departure)
    {
        if (send is not null && LateWriteTolerance > TimeSpan.Zero)
        {
            send.ClearedToLeave(this, departure);
        }
    }

    /// <summary>
    /// Waits for a throughput slot <paramref name="delay"/> away, then checks the send is on time, and returns its
    /// departure (a timestamp), which the send's lateness at the socket counts from:
    /// <list type="bullet">
    /// <item>In one process (the in-memory store), every send passes the departure gate: one that wakes up late (a loaded
    /// machine, a stalled thread pool, a collection) leaves a catch-up spacing after the previous departure at the
    /// soonest, so late sends never bunch into more than the rate within one second at Meta's side, keep their slots
    /// (giving a slot up for every late wake-up would waste the rate on a loaded machine), and win the drift back.</item>
    /// <item>With a store shared by other processes, whose sends no local gate sees, a send leaves at its slot: one later
    /// than the tolerance gives its slot up and takes a new one, and one on time departs at its slot, so that its body
    /// checks the lateness from the slot once more before it is written. A local gate would make late sends later
    /// still, drifting from the shared schedule into the other processes' sends.</item>
    /// </list>
    /// </summary>
    /// <param name="phoneNumberId">The number.</param>
    /// <param name="rules">Its rules.</param>
    /// <param name="asked">When the store was asked (a timestamp): the slot is <paramref name="delay"/> after it.</param>
    /// <param name="delay">The store's answer.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="stopping">A second token that cancels the wait.</param>
    private async ValueTask<long> WaitForSlotAsync(string phoneNumberId, RateLimitRules rules, long asked, TimeSpan delay, CancellationToken cancellationToken, CancellationToken stopping)
    {
        var tolerance = rules.LateDepartureTolerance;
        while (true)
        {
            if (delay > _timeProvider.GetElapsedTime(asked))
            {
                Metrics.Waited(phoneNumberId, "throughput", delay);
                await DelayUntilAsync(phoneNumberId, "throughput", asked, delay, cancellationToken, stopping).ConfigureAwait(false);
            }

            var slot = asked + ToTimestamps(delay);
            if (tolerance == TimeSpan.Zero)
            {
                // No headroom: sends leave at their slots, spaced exactly at the rate (and nothing checks them later).
                return slot;
            }

            var late = _timeProvider.GetElapsedTime(asked) - delay;
            if (_inMemory is not null)
            {
                return await DepartAsync(phoneNumberId, rules, late > tolerance, cancellationToken, stopping).ConfigureAwait(false);
            }

            if (late <= tolerance)
            {
                return slot;
            }

            Metrics.Waited(phoneNumberId, "late_departure", late);
            (asked, delay) = await RetakeSlotAsync(phoneNumberId, rules, cancellationToken, stopping).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Gives a late send's throughput slot up and takes the next free one from the store: returns when the store was
    /// asked (a timestamp) and the new slot's delay from then. The send already holds its pair slot and was admitted
    /// once, so a full queue makes it wait for room rather than fail.
    /// </summary>
    private async ValueTask<(long Asked, TimeSpan Delay)> RetakeSlotAsync(string phoneNumberId, RateLimitRules rules, CancellationToken cancellationToken, CancellationToken stopping)
    {
        var asked = _timeProvider.GetTimestamp();
        var again = await Store.AcquireAsync(new(phoneNumberId, 0, rules, PairAcquireMode.Skip), cancellationToken).ConfigureAwait(false);
        while (again.Outcome == RateLimitOutcome.QueueFull)
        {
            await DelayAsync(phoneNumberId, "throughput", again.Delay - rules.MaxQueueDelay + rules.ThroughputInterval, cancellationToken, stopping).ConfigureAwait(false);
            asked = _timeProvider.GetTimestamp();
            again = await Store.AcquireAsync(new(phoneNumberId, 0, rules, PairAcquireMode.Skip), cancellationToken).ConfigureAwait(false);
        }

        return (asked, again.Delay);
    }

    /// <summary>
    /// A send cleared to leave reached its connection <paramref name="late"/> after that, more than
    /// <see cref="LateWriteTolerance"/> (something stalled it on its way, or the connection failed and it was retried):
    /// it departs again instead of bunching with the sends on time behind it. In one process it passes the departure
    /// gate as a late send (two intervals); with a shared store, whose other processes' sends the gate does not see, it
    /// gives its slot up and takes a new one. Either way it is cleared to leave again at its new departure.
    /// </summary>
    public async ValueTask DepartLateWriteAsync(MessageSend send, TimeSpan late, CancellationToken cancellationToken)
    {
        var rules = Rules(send.PhoneNumberId);
        Metrics.Waited(send.PhoneNumberId, "late_write", late);
        long departure;
        if (_inMemory is not null)
        {
            departure = await DepartAsync(send.PhoneNumberId, rules, late: true, cancellationToken, default).ConfigureAwait(false);
        }
        else
        {
            var (asked, delay) = await RetakeSlotAsync(send.PhoneNumberId, rules, cancellationToken, default).ConfigureAwait(false);
            departure = await WaitForSlotAsync(send.PhoneNumberId, rules, asked, delay, cancellationToken, default).ConfigureAwait(false);
        }

        send.ClearedToLeave(this, departure);
    }

    /// <summary>
    /// The departure gate (<see cref="RateLimitRules.ReserveDeparture"/>): waits until the send may leave, at the soonest
    /// <see cref="RateLimitRules.GateCatchUpInterval"/> after the previous departure (a send on time is at its slot, an
    /// interval after the previous one's, so only sends behind their slots are held). A send that woke up later than the
    /// tolerance (half the jitter budget) takes two intervals of the gate: a machine whose timers are that late delays
    /// its requests on their way to Meta as much, so the pace drops while it is overloaded instead of the arrivals
    /// bunching. Returns when the send was let go (a timestamp): the gate already spaced a late wake-up, so its lateness
    /// at the socket counts from then, not again from the departure the gate gave it.
    /// </summary>
    private ValueTask<long> DepartAsync(string phoneNumberId, RateLimitRules rules, bool late, CancellationToken cancellationToken, CancellationToken stopping)
    {
        var now = _timeProvider.GetTimestamp();
        var departure = rules.ReserveDeparture(now, late ? rules.GateInterval * 2 : rules.GateCatchUpInterval);
        if (departure <= now)
        {
            return new(now);
        }

        var gap = _timeProvider.GetElapsedTime(now, departure);
        Metrics.Waited(phoneNumberId, "departure_gap", gap);
        return WaitForDepartureAsync(phoneNumberId, now, gap, cancellationToken, stopping);
    }

    private async ValueTask<long> WaitForDepartureAsync(string phoneNumberId, long now, TimeSpan gap, CancellationToken cancellationToken, CancellationToken stopping)
    {
        await DelayUntilAsync(phoneNumberId, "departure_gap", now, gap, cancellationToken, stopping).ConfigureAwait(false);
        return _timeProvider.GetTimestamp();
    }

    /// <summary>
    /// Whether a send that reserved its pair slot at hold epoch <paramref name="epoch"/> must give it up: a 131056 for the
    /// pair came back after that. Returns how long the hold still lasts (zero once passed: the send still re-acquires,
    /// so that it lands behind the refused send's retry); <see langword="null"/> when the send may go.
    /// </summary>
    private TimeSpan? PairHeldFor(string phoneNumberId, long recipientKey, long epoch, RateLimitRules rules)
    {
        var key = new PairHold(phoneNumberId, recipientKey);
        if (!_pairHolds.TryGetValue(key, out var hold))
        {
            return null;
        }

        var now = _timeProvider.GetTimestamp();
        if (hold.Epoch > epoch)
        {
            return hold.Until > now ? _timeProvider.GetElapsedTime(now, hold.Until) : TimeSpan.Zero;
        }

        // Sends that reserved after the 131056 got their slot behind the retry; the hold is dropped once no send from
        // before it can still be waiting (the pushed pair state has passed).
        if (_timeProvider.GetElapsedTime(hold.Until, now) > rules.PairTolerance + rules.PairInterval + rules.MaxQueueDelay &&
            _pairHolds.TryRemove(new KeyValuePair<PairHold, Hold>(key, hold)))
        {
            Interlocked.Decrement(ref _pairHoldCount);
        }

        return null;
    }

    /// <summary>Makes every send to the pair that reserved its slot before now wait until <paramref name="until"/> (a timestamp) and re-acquire.</summary>
    private void HoldPair(string phoneNumberId, long recipientKey, long until)
    {
        var key = new PairHold(phoneNumberId, recipientKey);
        var hold = new Hold(until, Interlocked.Increment(ref _holdEpoch));
        while (true)
        {
            if (_pairHolds.TryAdd(key, hold))
            {
                Interlocked.Increment(ref _pairHoldCount);
                return;
            }

            if (_pairHolds.TryGetValue(key, out var current) &&
                _pairHolds.TryUpdate(key, new Hold(Math.Max(current.Until, until), hold.Epoch), current))
            {
                return;
            }
        }
    }

    /// <summary>How long the registration is still paused after Meta throttled the app or the account (4, 80007); zero when it is not.</summary>
    public TimeSpan AppPauseRemaining()
    {
        var until = Volatile.Read(ref _appPausedUntil);
        if (until == long.MinValue)
        {
            return TimeSpan.Zero;
        }

        var now = _timeProvider.GetTimestamp();
        return until > now ? _timeProvider.GetElapsedTime(now, until) : TimeSpan.Zero;
    }

    /// <summary>
    /// Meta throttled a send (<paramref name="errorCode"/>) for the <paramref name="attempt"/>-th time (0-based): moves the
    /// matching limit forward by 4^X seconds so that every sender holds back, and says how the retry must acquire.
    /// </summary>
    public async ValueTask<PairAcquireMode> OnThrottledAsync(string phoneNumberId, long recipientKey, int errorCode, int attempt, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var delay = ThrottlingBackoff.Delay(attempt, Options.MaxThrottlingRetryDelay, retryAfter);
        RateLimitLog.Throttled(Logger, phoneNumberId, errorCode, attempt + 1, Options.MaxThrottlingRetries, delay.TotalSeconds);
        Metrics.Retried(phoneNumberId, errorCode);
        Metrics.Waited(phoneNumberId, "backoff", delay);
        WhatsAppTelemetry.Retrying("throttling", errorCode.ToString(CultureInfo.InvariantCulture), attempt + 1, delay, _timeProvider);
        var rules = Rules(phoneNumberId);
        switch (errorCode)
        {
            case WhatsAppErrorCodes.PairRateLimit when recipientKey != 0:
                // Sends to the user that already hold a slot (waiting for it, or for their throughput slot) are held too.
                HoldPair(phoneNumberId, recipientKey, _timeProvider.GetTimestamp() + ToTimestamps(delay));

                // The push reserves the pair's slot at now + delay for this retry; concurrent sends to that user queue behind it.
                await Store.PushForwardAsync(phoneNumberId, recipientKey, delay, rules, cancellationToken).ConfigureAwait(false);
                await DelayAsync(phoneNumberId, "backoff", delay, cancellationToken).ConfigureAwait(false);
                return PairAcquireMode.Skip;
            case WhatsAppErrorCodes.ThroughputLimit:
                await Store.PushForwardAsync(phoneNumberId, 0, delay, rules, cancellationToken).ConfigureAwait(false);
                return PairAcquireMode.Skip;
            case WhatsAppErrorCodes.TooManyCalls or WhatsAppErrorCodes.BusinessAccountRateLimit:
                PauseApp(delay);
                return PairAcquireMode.Skip;
            default:
                await DelayAsync(phoneNumberId, "backoff", delay, cancellationToken).ConfigureAwait(false);
                return PairAcquireMode.Skip;
        }
    }

    private long ToTimestamps(TimeSpan span) =>
        (long)Math.Ceiling(span.Ticks * ((double)_timeProvider.TimestampFrequency / TimeSpan.TicksPerSecond));

    private void PauseApp(TimeSpan delay)
    {
        var until = _timeProvider.GetTimestamp() + ToTimestamps(delay);
        long current;
        while ((current = Volatile.Read(ref _appPausedUntil)) < until &&
               Interlocked.CompareExchange(ref _appPausedUntil, until, current) != current)
        {
        }
    }

    private async ValueTask WaitForAppAsync(string phoneNumberId, CancellationToken cancellationToken, CancellationToken stopping)
    {
        var wait = AppPauseRemaining();
        if (wait > TimeSpan.Zero)
        {
            Metrics.Waited(phoneNumberId, "app", wait);
            await DelayAsync(phoneNumberId, "app", wait, cancellationToken, stopping).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits at least <paramref name="delay"/> as measured by <see cref="TimeProvider.GetTimestamp"/>, the clock the slots
    /// are computed on. Task.Delay truncates to whole milliseconds (so the wait is rounded up), and the system timers
    /// run on a coarse tick clock: on Linux they were measured firing up to ~4 ms early. A timer that fired before the
    /// slot is followed by another for the rest, so that no send leaves before its slot.
    /// </summary>
    /// <remarks>The wait is a span (<c>rate_limit {reason}</c>) under the waiting send's span when a listener records them.</remarks>
    private Task DelayAsync(string phoneNumberId, string reason, TimeSpan delay, CancellationToken cancellationToken, CancellationToken stopping = default) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : DelayUntilAsync(phoneNumberId, reason, _timeProvider.GetTimestamp(), delay, cancellationToken, stopping);

    private Task DelayUntilAsync(string phoneNumberId, string reason, long start, TimeSpan delay, CancellationToken cancellationToken, CancellationToken stopping) =>
        WhatsAppTelemetry.Source.HasListeners()
            ? TracedDelayUntilAsync(phoneNumberId, reason, start, delay, cancellationToken, stopping)
            : WaitUntilAsync(start, delay, cancellationToken, stopping);

    private async Task TracedDelayUntilAsync(string phoneNumberId, string reason, long start, TimeSpan delay, CancellationToken cancellationToken, CancellationToken stopping)
    {
        // Started in this method's own async flow: the span is the current one only while the wait lasts.
        var span = WhatsAppTelemetry.StartWait(phoneNumberId, reason, delay - _timeProvider.GetElapsedTime(start), _timeProvider);
        try
        {
            await WaitUntilAsync(start, delay, cancellationToken, stopping).ConfigureAwait(false);
        }
        finally
        {
            WhatsAppTelemetry.Stop(span, _timeProvider);
        }
    }

    private async Task WaitUntilAsync(long start, TimeSpan delay, CancellationToken cancellationToken, CancellationToken stopping)
    {
        using var linked = stopping.CanBeCanceled && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping)
            : null;
        var token = linked?.Token ?? (stopping.CanBeCanceled ? stopping : cancellationToken);

        var remaining = delay;
        do
        {
            var milliseconds = (remaining.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
            await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), _timeProvider, token).ConfigureAwait(false);
            remaining = delay - _timeProvider.GetElapsedTime(start);
        }
        while (remaining > TimeSpan.Zero);
    }

    private readonly record struct PairHold(string PhoneNumberId, long RecipientKey);

    /// <summary>A pair held after a 131056: until when, and the hold epoch it was made at (sends reserved before it re-acquire).</summary>
    private readonly record struct Hold(long Until, long Epoch);
}
