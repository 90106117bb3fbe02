using System.Globalization;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Webhooks;

/// <summary>
/// Handles the inbox's notifications in every app instance: each worker loop takes over entries left idle too long
/// (a crashed instance's, or a failed one's) with XAUTOCLAIM, else reads new ones through the consumer group, dispatches
/// them, and acknowledges (XACK + XDEL) only when every event succeeded. An entry delivered more than
/// <see cref="RedisWebhookInboxOptions.MaxDeliveries"/> times goes to the dead-letter stream instead.
/// </summary>
internal sealed class RedisWebhookInboxWorker : BackgroundService
{
    private readonly RedisWebhookStream _stream;
    private readonly IWebhookDispatcher _dispatcher;
    private readonly RedisWebhookInboxOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RedisWebhookInboxWorker> _logger;
    private readonly string _consumer;
    private readonly TimeSpan _claimInterval;
    private TaskCompletionSource _added = NewSignal();

    public RedisWebhookInboxWorker(
        RedisWebhookStream stream,
        IWebhookDispatcher dispatcher,
        IOptions<RedisWebhookInboxOptions> options,
        TimeProvider timeProvider,
        ILogger<RedisWebhookInboxWorker> logger)
    {
        _stream = stream;
        _dispatcher = dispatcher;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _consumer = _options.ConsumerName ?? string.Create(CultureInfo.InvariantCulture,
            $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");

        // Often enough that an entry idle for ClaimIdleTime waits at most a quarter more before it is taken over.
        _claimInterval = TimeSpan.FromTicks(Math.Max(_options.ClaimIdleTime.Ticks / 4, _options.PollInterval.Ticks));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.Workers == 0)
        {
            return;
        }

        _stream.Added += OnAdded;
        try
        {
            await SubscribeAsync().ConfigureAwait(false);
            RedisWebhookLog.Started(_logger, _consumer, _stream.Key.ToString(), _stream.Group, _options.Workers);
            var workers = new Task[_options.Workers];
            for (var i = 0; i < workers.Length; i++)
            {
                workers[i] = RunAsync(stoppingToken);
            }

            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        finally
        {
            _stream.Added -= OnAdded;
            await UnsubscribeAsync().ConfigureAwait(false);
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        RedisValue cursor = "0-0";
        var nextClaim = DateTimeOffset.MinValue; // At once: take over what a crashed predecessor left.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var added = Volatile.Read(ref _added).Task;
                var entries = Array.Empty<(StreamEntry Entry, int Deliveries)>();
                var now = _timeProvider.GetUtcNow();
                if (now >= nextClaim)
                {
                    var claim = await _stream.ClaimAsync(_consumer, _options.ClaimIdleTime, cursor, _options.BatchSize).ConfigureAwait(false);
                    cursor = claim.NextStartId;

                    // A cursor other than 0-0 means more idle entries follow: claim again next round.
                    nextClaim = cursor == "0-0" ? now + _claimInterval : now;
                    entries = await WithDeliveryCountsAsync(claim.ClaimedEntries).ConfigureAwait(false);
                }

                if (entries.Length == 0)
                {
                    entries = [.. (await _stream.ReadNewAsync(_consumer, _options.BatchSize).ConfigureAwait(false)).Select(static e => (e, 1))];
                }

                if (entries.Length == 0)
                {
                    await WaitAsync(added, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                foreach (var (entry, deliveries) in entries)
                {
                    if (stoppingToken.IsCancellationRequested)
                    {
                        break; // The rest stay pending, and are taken over after ClaimIdleTime.
                    }

                    await ProcessAsync(entry, deliveries, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The worker must outlive any Redis outage, or the inbox would stall.
            catch (Exception e)
#pragma warning restore CA1031
            {
                RedisWebhookLog.WorkerFailed(_logger, e);
                await DelayAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<(StreamEntry Entry, int Deliveries)[]> WithDeliveryCountsAsync(StreamEntry[] claimed)
    {
        if (claimed.Length == 0)
        {
            return [];
        }

        var live = claimed.Where(static e => !e.IsNull).ToArray();
        var counts = await Task.WhenAll(live.Select(e => _stream.DeliveryCountAsync(e.Id))).ConfigureAwait(false);
        RedisWebhookLog.Claimed(_logger, _consumer, live.Length, _options.ClaimIdleTime);
        return [.. live.Zip(counts)];
    }

    private async Task ProcessAsync(StreamEntry entry, int deliveries, CancellationToken stoppingToken)
    {
        if (deliveries > _options.MaxDeliveries)
        {
            await DeadLetterAsync(entry, deliveries - 1, "failed on every delivery").ConfigureAwait(false);
            return;
        }

        var body = entry[RedisWebhookStream.BodyField];
        var received = entry[RedisWebhookStream.ReceivedField];
        if (body.IsNull || !received.TryParse(out long receivedMs))
        {
            await DeadLetterAsync(entry, deliveries, "not an inbox entry").ConfigureAwait(false);
            return;
        }

        WebhookNotification notification;
        try
        {
            notification = WhatsAppWebhookParser.Parse((ReadOnlyMemory<byte>)body);
        }
        catch (WebhookPayloadException)
        {
            await DeadLetterAsync(entry, deliveries, "body is not a JSON object").ConfigureAwait(false);
            return;
        }

        var result = await _dispatcher.DispatchAsync(notification, DateTimeOffset.FromUnixTimeMilliseconds(receivedMs), stoppingToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await _stream.AcknowledgeAsync(entry.Id).ConfigureAwait(false);
            return;
        }

        // Left pending: after ClaimIdleTime a worker (here or elsewhere) takes it over; events already handled are skipped then.
        RedisWebhookLog.Failed(_logger, entry.Id.ToString(), result.Failed, deliveries, _options.MaxDeliveries);
    }

    private async Task DeadLetterAsync(StreamEntry entry, int deliveries, string reason)
    {
        await _stream.DeadLetterAsync(entry, deliveries, reason).ConfigureAwait(false);
        RedisWebhookLog.DeadLettered(_logger, entry.Id.ToString(), _stream.DeadLetterKey.ToString(), deliveries, reason);
    }

    /// <summary>Waits for an addition (here or, through pub/sub, elsewhere), the next claim round, or the poll interval.</summary>
    private async Task WaitAsync(Task added, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(_options.PollInterval, _timeProvider, wait.Token);
        await Task.WhenAny(added, delay).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, _timeProvider, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private void OnAdded() => Interlocked.Exchange(ref _added, NewSignal()).TrySetResult();

    private async Task SubscribeAsync()
    {
        try
        {
            await _stream.SubscribeAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Without pub/sub the workers still poll; Redis being down at start must not stop the host.
        catch (Exception e)
#pragma warning restore CA1031
        {
            RedisWebhookLog.WorkerFailed(_logger, e);
        }
    }

    private async Task UnsubscribeAsync()
    {
        try
        {
            await _stream.UnsubscribeAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Best effort at shutdown.
        catch (Exception e)
#pragma warning restore CA1031
        {
            RedisWebhookLog.WorkerFailed(_logger, e);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
