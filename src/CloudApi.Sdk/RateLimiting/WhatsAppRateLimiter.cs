using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// One registration's limiter: asks the store for slots, waits for them through <see cref="TimeProvider"/>
/// (cancellably), and moves the limits forward when Meta throttles anyway. Lives as long as the service provider;
/// the HTTP handlers (recreated by the client factory) only borrow it.
/// </summary>
internal sealed class WhatsAppRateLimiter
{
    private readonly ConcurrentDictionary<string, RateLimitRules> _rules = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private long _appPausedUntil = long.MinValue;
    private NumberRules? _lastRules;

    public WhatsAppRateLimiter(WhatsAppRateLimitOptions options, IWhatsAppRateLimitStore store, TimeProvider timeProvider, RateLimitMetrics metrics, ILogger logger)
    {
        Options = options;
        Store = store;
        _timeProvider = timeProvider;
        Metrics = metrics;
        Logger = logger;
    }

    public WhatsAppRateLimitOptions Options { get; }

    public IWhatsAppRateLimitStore Store { get; }

    public RateLimitMetrics Metrics { get; }

    public ILogger Logger { get; }

    public TimeProvider TimeProvider => _timeProvider;

    public RateLimitRules Rules(string phoneNumberId)
    {
        // Most registrations send from one number: the last one is kept at hand, saving the dictionary's string hash.
        var last = _lastRules;
        if (last is not null && (ReferenceEquals(last.PhoneNumberId, phoneNumberId) || last.PhoneNumberId == phoneNumberId))
        {
            return last.Rules;
        }

        var rules = _rules.GetOrAdd(phoneNumberId, static (id, options) =>
            new RateLimitRules(options.GetMessagesPerSecond(id), options.MaxQueueLength, options.PairInterval, options.PairBurst), Options);
        _lastRules = new NumberRules(phoneNumberId, rules);
        return rules;
    }

    /// <summary>
    /// Waits until a send from <paramref name="phoneNumberId"/> to <paramref name="recipientKey"/> (0: no pair limit) may go.
    /// </summary>
    /// <exception cref="PairRateLimitExceededException">Fail-fast policy and no pair slot now.</exception>
    /// <exception cref="RateLimitQueueFullException">The number's queue is full.</exception>
    public ValueTask AcquireAsync(string phoneNumberId, long recipientKey, string recipient, PairAcquireMode pairMode, CancellationToken cancellationToken)
    {
        // No second state machine when the slot is free now (the common case): the hot path costs what it did before ReserveAsync.
        var pending = ReserveAsync(phoneNumberId, recipientKey, pairMode, cancellationToken);
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
    /// <param name="cancellationToken">Cancels the waits and a remote store's calls.</param>
    /// <param name="stopping">A second token that cancels the waits only (the adapter's disposal); none by default.</param>
    /// <returns>
    /// <see cref="RateLimitOutcome.Acquired"/> once the slots are reached; <see cref="RateLimitOutcome.PairRejected"/> with the
    /// retry delay (safety margin included); <see cref="RateLimitOutcome.QueueFull"/> with the distance to the number's next free slot.
    /// </returns>
    public async ValueTask<RateLimitDecision> ReserveAsync(string phoneNumberId, long recipientKey, PairAcquireMode pairMode, CancellationToken cancellationToken, CancellationToken stopping = default)
    {
        if (Volatile.Read(ref _appPausedUntil) != long.MinValue)
        {
            await WaitForAppAsync(phoneNumberId, cancellationToken, stopping).ConfigureAwait(false);
        }

        var rules = Rules(phoneNumberId);
        var decision = await Store.AcquireAsync(new(phoneNumberId, recipientKey, rules, pairMode), cancellationToken).ConfigureAwait(false);
        if (decision.Outcome == RateLimitOutcome.PairReserved)
        {
            var wait = decision.Delay + Options.PairSafetyMargin;
            RateLimitLog.PairWait(Logger, phoneNumberId, wait.TotalSeconds);
            Metrics.Waited(phoneNumberId, "pair", wait);
            await DelayAsync(wait, cancellationToken, stopping).ConfigureAwait(false);
            decision = await Store.AcquireAsync(new(phoneNumberId, recipientKey, rules, PairAcquireMode.Skip), cancellationToken).ConfigureAwait(false);
        }

        switch (decision.Outcome)
        {
            case RateLimitOutcome.Acquired:
                if (decision.Delay > TimeSpan.Zero)
                {
                    Metrics.Waited(phoneNumberId, "throughput", decision.Delay);
                    await DelayAsync(decision.Delay, cancellationToken, stopping).ConfigureAwait(false);
                }

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
        var rules = Rules(phoneNumberId);
        switch (errorCode)
        {
            case WhatsAppErrorCodes.PairRateLimit when recipientKey != 0:
                // The push reserves the pair's slot at now + delay for this retry; concurrent sends to that user queue behind it.
                await Store.PushForwardAsync(phoneNumberId, recipientKey, delay, rules, cancellationToken).ConfigureAwait(false);
                await DelayAsync(delay, cancellationToken).ConfigureAwait(false);
                return PairAcquireMode.Skip;
            case WhatsAppErrorCodes.ThroughputLimit:
                await Store.PushForwardAsync(phoneNumberId, 0, delay, rules, cancellationToken).ConfigureAwait(false);
                return PairAcquireMode.Skip;
            case WhatsAppErrorCodes.TooManyCalls or WhatsAppErrorCodes.BusinessAccountRateLimit:
                PauseApp(delay);
                return PairAcquireMode.Skip;
            default:
                await DelayAsync(delay, cancellationToken).ConfigureAwait(false);
                return PairAcquireMode.Skip;
        }
    }

    private void PauseApp(TimeSpan delay)
    {
        var until = _timeProvider.GetTimestamp() + (long)(delay.Ticks * ((double)_timeProvider.TimestampFrequency / TimeSpan.TicksPerSecond));
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
            await DelayAsync(wait, cancellationToken, stopping).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits at least <paramref name="delay"/> as measured by <see cref="TimeProvider.GetTimestamp"/>, the clock the slots
    /// are computed on. Task.Delay truncates to whole milliseconds (so the wait is rounded up), and the system timers
    /// run on a coarse tick clock: on Linux they were measured firing up to ~4 ms early. A timer that fired before the
    /// slot is followed by another for the rest, so that no send leaves before its slot.
    /// </summary>
    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken, CancellationToken stopping = default) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : DelayUntilAsync(_timeProvider.GetTimestamp(), delay, cancellationToken, stopping);

    private async Task DelayUntilAsync(long start, TimeSpan delay, CancellationToken cancellationToken, CancellationToken stopping)
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

    private sealed record NumberRules(string PhoneNumberId, RateLimitRules Rules);
}
