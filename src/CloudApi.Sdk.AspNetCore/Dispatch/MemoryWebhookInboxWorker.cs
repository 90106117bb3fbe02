using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Dispatch;

/// <summary>
/// Dispatches the in-memory inbox's notifications in the background (queued mode with the default inbox only). At
/// shutdown the inbox stops accepting and what it holds is still dispatched, until the host's shutdown timeout. A failed
/// event cannot be redelivered (Meta was answered): it is logged.
/// </summary>
internal sealed class MemoryWebhookInboxWorker(
    IWebhookInbox inbox,
    IWebhookDispatcher dispatcher,
    IOptionsMonitor<WhatsAppWebhookOptions> options,
    ILogger<MemoryWebhookInboxWorker> logger) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        (inbox as MemoryWebhookInbox)?.Complete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.CurrentValue;
        if (settings.DispatchMode != WebhookDispatchMode.Queued || inbox is not MemoryWebhookInbox memory)
        {
            return Task.CompletedTask;
        }

        var workers = new Task[settings.QueueWorkers];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = RunAsync(memory, stoppingToken);
        }

        return Task.WhenAll(workers);
    }

    private async Task RunAsync(MemoryWebhookInbox memory, CancellationToken stoppingToken)
    {
        await Task.Yield();

        // Reading is not cancelled: completion of the queue (at StopAsync) ends the loop once it is drained.
        while (await memory.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (memory.Reader.TryRead(out var item))
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
