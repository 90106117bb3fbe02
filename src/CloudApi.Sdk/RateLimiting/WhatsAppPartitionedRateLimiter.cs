using System.Threading.RateLimiting;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// A registration's limits as a System.Threading.RateLimiting <see cref="PartitionedRateLimiter{TResource}"/> keyed by
/// <see cref="WhatsAppSendKey"/>: an interop layer over the limiter the SDK's own sends use (same store, same rules, same
/// app-level backoff, same metrics), so a lease taken here and a message sent through the client count against the same
/// limits. Code that already speaks the BCL abstraction (a Polly or Microsoft.Extensions.Http.Resilience rate-limiter
/// strategy, ASP.NET Core rate limiting through <c>WithTranslatedKey</c>, a channel that calls Meta directly) takes its
/// slots here.
/// </summary>
/// <remarks>
/// <para>One permit is one message: <c>permitCount</c> must be 1 (anything else throws <see cref="ArgumentOutOfRangeException"/>).
/// A granted lease has nothing to release: the slot is a moment in time, reserved when granted. Disposing it is harmless.</para>
/// <para><c>AttemptAcquire</c> never waits and never reserves what it cannot use now: granted only if the pair and the
/// number's throughput both have a slot free at this instant, otherwise refused with <see cref="MetadataName.RetryAfter"/>
/// (the pair's next slot plus <see cref="WhatsAppRateLimitOptions.PairSafetyMargin"/>, or the number's next throughput slot).
/// It needs a store that answers synchronously (the in-memory store); with a remote store it is refused with a
/// <see cref="MetadataName.ReasonPhrase"/> pointing to <c>AcquireAsync</c>.</para>
/// <para><c>AcquireAsync</c> waits like the SDK's <see cref="PairLimitPolicy.Wait"/> policy: it reserves the pair's and the
/// number's next slots and completes when they are reached (through <see cref="TimeProvider"/>, cancellably). It is refused
/// with <see cref="MetadataName.RetryAfter"/> (when the queue will have room) when the number's queue is full.</para>
/// <para>These limits apply whether or not <see cref="WhatsAppRateLimitOptions.Enabled"/> puts them in the client's pipeline.
/// Statistics are not kept per pair (the store holds one timestamp per pair, not counts): <see cref="GetStatistics"/> returns
/// <see langword="null"/>; the meter <c>CloudApi.Sdk</c> reports waits and rejections.</para>
/// </remarks>
internal sealed class WhatsAppPartitionedRateLimiter : PartitionedRateLimiter<WhatsAppSendKey>
{
    private readonly WhatsAppRateLimiter _limiter;
    private readonly InMemoryRateLimitStore? _synchronousStore;
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    public WhatsAppPartitionedRateLimiter(WhatsAppRateLimiter limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        _limiter = limiter;
        _synchronousStore = limiter.Store as InMemoryRateLimitStore;
    }

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics(WhatsAppSendKey resource) => null;

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(WhatsAppSendKey resource, int permitCount)
    {
        Check(resource, permitCount);
        var paused = _limiter.AppPauseRemaining();
        if (paused > TimeSpan.Zero)
        {
            return WhatsAppRateLimitLease.RetryAfter(paused);
        }

        if (_synchronousStore is null)
        {
            return WhatsAppRateLimitLease.StoreIsRemote;
        }

        // Immediate: the throughput slot is taken only if it is free now. (Two threads racing for the same instant can leave
        // the loser's pair slot used without a send: it then sends less, never more.)
        var phoneNumberId = resource.PhoneNumberId;
        var decision = _synchronousStore.Acquire(phoneNumberId, resource.RecipientKey, _limiter.Rules(phoneNumberId), PairAcquireMode.FailFast, immediate: true);
        switch (decision.Outcome)
        {
            case RateLimitOutcome.Acquired:
                return WhatsAppRateLimitLease.Acquired;
            case RateLimitOutcome.PairRejected:
                _limiter.Metrics.Rejected(phoneNumberId, "pair");
                return WhatsAppRateLimitLease.RetryAfter(decision.Delay + _limiter.Options.PairSafetyMargin);
            default:
                // The number's next throughput slot is not now (nothing was reserved): it is free after the delay.
                return WhatsAppRateLimitLease.RetryAfter(decision.Delay);
        }
    }

    /// <inheritdoc />
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(WhatsAppSendKey resource, int permitCount, CancellationToken cancellationToken)
    {
        Check(resource, permitCount);
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<RateLimitLease>(cancellationToken);
        }

        var pending = _limiter.ReserveAsync(resource.PhoneNumberId, resource.RecipientKey, PairAcquireMode.Reserve, send: null, cancellationToken, _stopping.Token);
        return pending.IsCompletedSuccessfully ? new(ToLease(resource, pending.Result)) : AwaitLeaseAsync(resource, pending, cancellationToken);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Stop();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore()
    {
        Stop();
        return base.DisposeAsyncCore();
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // Acquires still waiting complete with a refused lease, as the BCL's limiters do on disposal.
            _stopping.Cancel();
        }
    }

    private async ValueTask<RateLimitLease> AwaitLeaseAsync(WhatsAppSendKey resource, ValueTask<RateLimitDecision> pending, CancellationToken cancellationToken)
    {
        try
        {
            return ToLease(resource, await pending.ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return WhatsAppRateLimitLease.Disposed;
        }
    }

    private WhatsAppRateLimitLease ToLease(WhatsAppSendKey resource, RateLimitDecision decision)
    {
        switch (decision.Outcome)
        {
            case RateLimitOutcome.Acquired:
                return WhatsAppRateLimitLease.Acquired;
            case RateLimitOutcome.QueueFull:
                // Delay is the distance to the number's next free slot; an acquire is taken again once it is within the queue.
                var retryAfter = decision.Delay - _limiter.Rules(resource.PhoneNumberId).MaxQueueDelay;
                return WhatsAppRateLimitLease.RetryAfter(retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromTicks(1));
            default:
                // Unreachable with PairAcquireMode.Reserve; kept honest rather than granted.
                return WhatsAppRateLimitLease.RetryAfter(decision.Delay);
        }
    }

    private void Check(WhatsAppSendKey resource, int permitCount)
    {
        if (permitCount != 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount,
                "One permit is one message: permitCount must be 1. Acquire once per message.");
        }

        if (resource.PhoneNumberId is null)
        {
            throw new ArgumentException("default(WhatsAppSendKey) names no phone number; create the key with new WhatsAppSendKey(phoneNumberId, recipient).", nameof(resource));
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
    }
}
