using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Tests.Campaigns;

/// <summary>
/// A store as seen by a worker whose process dies: once killed, none of its calls returns (no heartbeat, no outcome
/// recorded), while the store itself, shared with other workers, lives on.
/// </summary>
internal sealed class KillableCampaignStore(ICampaignStore inner) : ICampaignStore
{
    private readonly TaskCompletionSource _killed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlightBeforeKill = int.MaxValue;
    private int _inFlight;

    /// <summary>Kills the worker as soon as it has marked <paramref name="count"/> messages in flight; completes when it is dead.</summary>
    public Task KillAfterInFlightAsync(int count)
    {
        Volatile.Write(ref _inFlightBeforeKill, count);
        return _killed.Task;
    }

    public ValueTask<bool> CreateAsync(CampaignInfo campaign, CancellationToken cancellationToken = default) => Gate(() => inner.CreateAsync(campaign, cancellationToken));

    public ValueTask<CampaignInfo?> GetAsync(string name, CancellationToken cancellationToken = default) => Gate(() => inner.GetAsync(name, cancellationToken));

    public async ValueTask AddMessagesAsync(string name, IReadOnlyList<CampaignMessage> messages, CancellationToken cancellationToken = default) => await Gate(async () => { await inner.AddMessagesAsync(name, messages, cancellationToken); return true; });

    public async ValueTask SealAsync(string name, long total, CancellationToken cancellationToken = default) => await Gate(async () => { await inner.SealAsync(name, total, cancellationToken); return true; });

    public async ValueTask SetStateAsync(string name, CampaignRunState state, CancellationToken cancellationToken = default) => await Gate(async () => { await inner.SetStateAsync(name, state, cancellationToken); return true; });

    public async ValueTask HeartbeatAsync(string name, string workerId, CancellationToken cancellationToken = default) => await Gate(async () => { await inner.HeartbeatAsync(name, workerId, cancellationToken); return true; });

    public ValueTask<IReadOnlyList<CampaignMessage>> ClaimAsync(string name, string workerId, int max, TimeSpan abandonedAfter, CancellationToken cancellationToken = default) => Gate(() => inner.ClaimAsync(name, workerId, max, abandonedAfter, cancellationToken));

    public async ValueTask<bool> MarkInFlightAsync(string name, long index, string workerId, CancellationToken cancellationToken = default)
    {
        var marked = await Gate(() => inner.MarkInFlightAsync(name, index, workerId, cancellationToken));
        if (Interlocked.Increment(ref _inFlight) >= Volatile.Read(ref _inFlightBeforeKill))
        {
            _killed.TrySetResult();
        }

        return marked;
    }

    public async ValueTask CompleteAsync(string name, long index, string workerId, CampaignMessageState state, string? messageId, CampaignMessageError? failure, CancellationToken cancellationToken = default) => await Gate(async () => { await inner.CompleteAsync(name, index, workerId, state, messageId, failure, cancellationToken); return true; });

    public ValueTask<CampaignMessage?> ApplyStatusAsync(string marker, string messageId, DeliveryStatus status, DateTimeOffset timestamp, string? pricingCategory, string? pricingModel, bool? billable, CancellationToken cancellationToken = default) => Gate(() => inner.ApplyStatusAsync(marker, messageId, status, timestamp, pricingCategory, pricingModel, billable, cancellationToken));

    public ValueTask<IReadOnlyList<CampaignMessage>> ListUnresolvedAsync(string name, DateTimeOffset olderThan, CancellationToken cancellationToken = default) => Gate(() => inner.ListUnresolvedAsync(name, olderThan, cancellationToken));

    public ValueTask<bool> ResetForResendAsync(string name, long index, CancellationToken cancellationToken = default) => Gate(() => inner.ResetForResendAsync(name, index, cancellationToken));

    public ValueTask<CampaignCounts> GetCountsAsync(string name, CancellationToken cancellationToken = default) => Gate(() => inner.GetCountsAsync(name, cancellationToken));

    public IAsyncEnumerable<CampaignMessage> ReadMessagesAsync(string name, long fromIndex = 0, CancellationToken cancellationToken = default) => inner.ReadMessagesAsync(name, fromIndex, cancellationToken);

    /// <summary>Runs the call unless the worker is dead; a dead worker's call never returns.</summary>
    private async ValueTask<T> Gate<T>(Func<ValueTask<T>> call)
    {
        if (_killed.Task.IsCompleted)
        {
            await new TaskCompletionSource().Task;
        }

        return await call();
    }
}
