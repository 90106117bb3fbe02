using CloudApi.Sdk.Http;
using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Campaigns.Engine;

/// <summary>
/// One run of <see cref="IWhatsAppCampaigns.RunAsync"/>: claims batches, sends them with bounded concurrency, heartbeats,
/// and watches the campaign's state so that a pause or cancel stops the sends that have not left.
/// </summary>
internal sealed class CampaignWorker
{
    private readonly ICampaignStore _store;
    private readonly IMessagesClient _messages;
    private readonly TimeProvider _time;
    private readonly CampaignEstimator _estimator;
    private readonly string _name;
    private readonly CampaignRunOptions _options;
    private readonly string _workerId;
    private readonly object _gate = new();
    private CancellationTokenSource? _batchStop;

    public CampaignWorker(ICampaignStore store, IMessagesClient messages, TimeProvider time, CampaignEstimator estimator, string name, CampaignRunOptions options)
    {
        _store = store;
        _messages = messages;
        _time = time;
        _estimator = estimator;
        _name = name;
        _options = options;
        _workerId = options.WorkerId ?? Guid.NewGuid().ToString("N");
    }

    public async Task<CampaignProgress> RunAsync(CancellationToken cancellationToken)
    {
        _ = await _store.GetAsync(_name, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"There is no campaign named '{_name}'.");
        using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watcher = WatchAsync(stopWatching.Token);
        try
        {
            return await WorkAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await stopWatching.CancelAsync().ConfigureAwait(false);
            await watcher.ConfigureAwait(false);
        }
    }

    private async Task<CampaignProgress> WorkAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = await _store.GetAsync(_name, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"There is no campaign named '{_name}'.");
            if (info.State is CampaignRunState.Completed or CampaignRunState.Cancelled)
            {
                return await ReportAsync(info, cancellationToken).ConfigureAwait(false);
            }

            if (info.State is not CampaignRunState.Running)
            {
                await Task.Delay(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var batch = await _store.ClaimAsync(_name, _workerId, _options.EffectiveClaimSize, _options.AbandonedAfter, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                if (await TryFinishAsync(info, cancellationToken).ConfigureAwait(false))
                {
                    var done = await _store.GetAsync(_name, cancellationToken).ConfigureAwait(false) ?? info;
                    return await ReportAsync(done, cancellationToken).ConfigureAwait(false);
                }

                await Task.Delay(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await SendBatchAsync(batch, cancellationToken).ConfigureAwait(false);
            await ReportAsync(info, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Heartbeats, and stops the current batch's unsent messages once the campaign is no longer running.</summary>
    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_options.HeartbeatInterval, _time, cancellationToken).ConfigureAwait(false);
                await _store.HeartbeatAsync(_name, _workerId, cancellationToken).ConfigureAwait(false);
                if (await _store.GetAsync(_name, cancellationToken).ConfigureAwait(false) is not { State: CampaignRunState.Running })
                {
                    StopBatch();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run ended.
        }
    }

    private void StopBatch()
    {
        lock (_gate)
        {
            _batchStop?.Cancel();
        }
    }

    private async Task SendBatchAsync(IReadOnlyList<CampaignMessage> batch, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (_gate)
        {
            _batchStop = stop;
        }

        try
        {
            using var slots = new SemaphoreSlim(_options.MaxConcurrency);
            var sends = new List<Task>(batch.Count);
            foreach (var message in batch)
            {
                if (message.State == CampaignMessageState.InFlight)
                {
                    // Its worker died after recording that it was about to send: it may have been sent, so it is never resent.
                    await _store.CompleteAsync(_name, message.Index, _workerId, CampaignMessageState.OutcomeUnknown, null, CampaignRecords.Abandoned(_workerId), CancellationToken.None).ConfigureAwait(false);
                    continue;
                }

                try
                {
                    await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    await ReleaseAsync(message).ConfigureAwait(false);
                    continue;
                }

                sends.Add(SendOneAsync(message, slots, stop));
            }

            await Task.WhenAll(sends).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _batchStop = null;
            }
        }
    }

    private ValueTask ReleaseAsync(CampaignMessage message) =>
        _store.CompleteAsync(_name, message.Index, _workerId, CampaignMessageState.NotSent, null, null, CancellationToken.None);

    private async Task SendOneAsync(CampaignMessage message, SemaphoreSlim slots, CancellationTokenSource stop)
    {
        try
        {
            if (stop.IsCancellationRequested)
            {
                await ReleaseAsync(message).ConfigureAwait(false);
                return;
            }

            if (!await _store.MarkInFlightAsync(_name, message.Index, _workerId, CancellationToken.None).ConfigureAwait(false))
            {
                return; // Resolved by a status, or taken over: not this worker's to send.
            }

            var (state, messageId, error) = await SendAsync(message, stop.Token).ConfigureAwait(false);
            await _store.CompleteAsync(_name, message.Index, _workerId, state, messageId, error, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<(CampaignMessageState State, string? MessageId, CampaignMessageError? Error)> SendAsync(CampaignMessage message, CancellationToken stop)
    {
        using var stopper = new SendStopper();
        var registration = stop.UnsafeRegister(static state => ((SendStopper)state!).Stop(), stopper);
        try
        {
            // The stopper flows with the send into the pipeline: stopping cancels the message only while it has not left.
            SendStopper.Current = stopper;
            var sent = await _messages.SendAsync(message.Recipient, CampaignRecords.MessageOf(message), CampaignRecords.OptionsOf(message), stopper.Token).ConfigureAwait(false);
            return (CampaignMessageState.Accepted, sent.MessageId, null);
        }
        catch (MessageOutcomeUnknownException e)
        {
            return (CampaignMessageState.OutcomeUnknown, null, CampaignRecords.ErrorOf(e));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && (Volatile.Read(ref stopper.State) & SendStopper.OnWire) == 0)
        {
            return (CampaignMessageState.NotSent, null, null);
        }
        catch (OperationCanceledException e)
        {
            // Cancelled while the request may have been written: Meta may have accepted it.
            return (CampaignMessageState.OutcomeUnknown, null, CampaignRecords.ErrorOf(e));
        }
#pragma warning disable CA1031 // One failure must never stop the campaign: every error is kept in the message's record.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (CampaignMessageState.Failed, null, CampaignRecords.ErrorOf(e));
        }
        finally
        {
            await registration.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Once nothing is left to claim: applies the unknown-outcome policy to outcomes unknown for longer than the timeout,
    /// and marks the campaign completed when every message has a final outcome and no unknown one may still be resolved.
    /// </summary>
    private async Task<bool> TryFinishAsync(CampaignInfo info, CancellationToken cancellationToken)
    {
        if (info.Total is null)
        {
            return false;
        }

        var counts = await _store.GetCountsAsync(_name, cancellationToken).ConfigureAwait(false);
        if (counts.Pending + counts.InFlight + counts.NotSent > 0)
        {
            return false; // Held by other live workers, or claimable soon.
        }

        if (counts.OutcomeUnknown > 0)
        {
            var expired = await _store.ListUnresolvedAsync(_name, _time.GetUtcNow() - info.UnknownOutcomeTimeout, cancellationToken).ConfigureAwait(false);
            var reported = 0L;
            var resent = false;
            foreach (var message in expired)
            {
                if (info.UnknownOutcomePolicy == UnknownOutcomePolicy.Resend && message.Attempts < CampaignDefaults.MaxSendAttempts)
                {
                    resent |= await _store.ResetForResendAsync(_name, message.Index, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    reported++;
                }
            }

            if (resent || reported < counts.OutcomeUnknown)
            {
                return false; // Resent ones are claimable again; younger unknowns may still be resolved by their webhooks.
            }
        }

        await _store.SetStateAsync(_name, CampaignRunState.Completed, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<CampaignProgress> ReportAsync(CampaignInfo info, CancellationToken cancellationToken)
    {
        var progress = await _estimator.SnapshotAsync(info, cancellationToken).ConfigureAwait(false);
        _options.Progress?.Report(progress);
        return progress;
    }
}
