using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Dispatch;

/// <summary>
/// Dispatches queued notifications in the background (queued mode only). At shutdown the queue stops accepting and
/// what it holds is still dispatched, until the host's shutdown timeout.
/// </summary>
internal sealed class WebhookQueueWorker(
    WebhookQueue queue,
    WebhookDispatcher dispatcher,
    IOptionsMonitor<WhatsAppWebhookOptions> options,
    ILogger<WebhookQueueWorker> logger) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.CurrentValue;
        if (settings.DispatchMode != WebhookDispatchMode.Queued)
        {
            return Task.CompletedTask;
        }

        var workers = new Task[settings.QueueWorkers];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = RunAsync(stoppingToken);
        }

        return Task.WhenAll(workers);
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();

        // Reading is not cancelled: completion of the queue (at StopAsync) ends the loop once it is drained.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (queue.Reader.TryRead(out var item))
            {
                try
                {
                    await dispatcher.DispatchAsync(item.Notification, item.ReceivedAt, stoppingToken).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // The worker must outlive any failure, or the queue would stall.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    WebhookLog.DispatchFailed(logger, e);
                }
            }
        }
    }
}
