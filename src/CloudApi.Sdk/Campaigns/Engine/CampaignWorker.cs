using CloudApi.Sdk.Http;
using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Campaigns.Engine;

/// <summary>
/// One run of <see cref="IWhatsAppCampaigns.RunAsync"/>: claims batches, sends them with bounded concurrency, heartbeats,
/// and watches the campaign's state so that a pause or cancel stops the sends that have not left. The next batch is
/// claimed as soon as every message of the current one holds a send slot, not once they all finished: a few sends
/// waiting out one recipient's pair limit (seconds each) must not hold the rest of the campaign back.
/// </summary>
internal sealed class CampaignWorker : IDisposable
{
    private readonly ICampaignStore _store;
    private readonly IMessagesClient _messages;
    private readonly TimeProvider _time;
    private readonly CampaignEstimator _estimator;
    private readonly string _name;
    private readonly CampaignRunOptions _options;
    private readonly string _workerId;
    private readonly object _gate = new();
    private readonly List<(Task Sends, CancellationTokenSource Stop)> _batches = [];
    private readonly SemaphoreSlim _slots;

    public CampaignWorker(ICampaignStore store, IMessagesClient messages, TimeProvider time, CampaignEstimator estimator, string name, CampaignRunOptions options)
    {
        _store = store;
        _messages = messages;
        _time = time;
        _estimator = estimator;
        _name = name;
        _options = options;
        _workerId = options.WorkerId ?? Guid.NewGuid().ToString("N");
        _slots = new SemaphoreSlim(options.MaxConcurrency);
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
        try
        {
            return await LoopAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Leaving on an error or a cancellation: the sends still going are stopped and settled, never left running.
            StopBatches();
            try
            {
                await SettleAsync().ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The error that ended the run is the one to report.
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            throw;
        }
    }

    private async Task<CampaignProgress> LoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = await _store.GetAsync(_name, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"There is no campaign named '{_name}'.");
            if (info.State is CampaignRunState.Completed or CampaignRunState.Cancelled)
            {
                StopBatches();
                await SettleAsync().ConfigureAwait(false);
                return await ReportAsync(info, cancellationToken).ConfigureAwait(false);
            }

            if (info.State is not CampaignRunState.Running)
            {
                StopBatches();
                await SettleAsync().ConfigureAwait(false);
                await Task.Delay(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var batch = await _store.ClaimAsync(_name, _workerId, _options.EffectiveClaimSize, _options.AbandonedAfter, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                if (Outstanding() is { } sends)
                {
                    // The last sends are still going (waiting for pair slots, say): progress keeps being reported meanwhile.
                    await Task.WhenAny(sends, Task.Delay(_options.PollInterval, _time, cancellationToken)).ConfigureAwait(false);
                    Prune();
                    await ReportAsync(info, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (await TryFinishAsync(info, cancellationToken).ConfigureAwait(false))
                {
                    var done = await _store.GetAsync(_name, cancellationToken).ConfigureAwait(false) ?? info;
                    return await ReportAsync(done, cancellationToken).ConfigureAwait(false);
                }

                await Task.Delay(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await StartBatchAsync(batch, cancellationToken).ConfigureAwait(false);
            Prune();
            await ReportAsync(info, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Heartbeats, and stops the unsent messages of the batches going once the campaign is no longer running.</summary>
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
                    StopBatches();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run ended.
        }
    }

    private void StopBatches()
    {
        lock (_gate)
        {
            foreach (var (_, stop) in _batches)
            {
                stop.Cancel();
            }
        }
    }

    /// <summary>All sends of the batches still going, or <see langword="null"/> when none is.</summary>
    private Task? Outstanding()
    {
        lock (_gate)
        {
            return _batches.Count == 0 ? null : Task.WhenAll(_batches.Select(static b => b.Sends));
        }
    }

    /// <summary>Waits for every batch still going to finish (surfacing a store failure of its sends), and forgets them.</summary>
    private async Task SettleAsync()
    {
        if (Outstanding() is { } sends)
        {
            await sends.ConfigureAwait(false);
        }

        Prune();
    }

    /// <summary>Forgets the batches that finished, surfacing a store failure of their sends.</summary>
    private void Prune()
    {
        List<(Task Sends, CancellationTokenSource Stop)> finished;
        lock (_gate)
        {
            finished = _batches.FindAll(static b => b.Sends.IsCompleted);
            _batches.RemoveAll(static b => b.Sends.IsCompleted);
        }

        foreach (var (sends, stop) in finished)
        {
            stop.Dispose();
            sends.GetAwaiter().GetResult();
        }
    }

    /// <summary>Starts every message of <paramref name="batch"/> on a send slot; returns once each holds one (or was released).</summary>
    private async Task StartBatchAsync(IReadOnlyList<CampaignMessage> batch, CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _batches.Add((SendBatchAsync(batch, stop, started), stop));
        }

        await started.Task.ConfigureAwait(false);
    }

    private async Task SendBatchAsync(IReadOnlyList<CampaignMessage> batch, CancellationTokenSource stop, TaskCompletionSource started)
    {
        var sends = new List<Task>(batch.Count);
        try
        {
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
                    await _slots.WaitAsync(stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    await ReleaseAsync(message).ConfigureAwait(false);
                    continue;
                }

                sends.Add(SendOneAsync(message, stop));
            }
        }
        finally
        {
            started.TrySetResult();
        }

        await Task.WhenAll(sends).ConfigureAwait(false);
    }

    /// <summary>Frees the send slots (the run's sends have all settled by then).</summary>
    public void Dispose() => _slots.Dispose();

    private ValueTask ReleaseAsync(CampaignMessage message) =>
        _store.CompleteAsync(_name, message.Index, _workerId, CampaignMessageState.NotSent, null, null, CancellationToken.None);

    private async Task SendOneAsync(CampaignMessage message, CancellationTokenSource stop)
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
            _slots.Release();
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
