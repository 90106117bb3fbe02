using System.Diagnostics;
using CloudApi.Sdk.AspNetCore.Conversations;
using CloudApi.Sdk.AspNetCore.Deduplication;
using CloudApi.Sdk.AspNetCore.Diagnostics;
using CloudApi.Sdk.Diagnostics;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Dispatch;

/// <summary>
/// Runs a notification's events through the handlers, in order, in one DI scope: an event already handled is skipped;
/// the others go to every handler and are recorded as handled only when all of them succeeded, so a redelivery of the
/// notification runs exactly the events that failed.
/// </summary>
internal sealed class WebhookDispatcher(
    IServiceScopeFactory scopeFactory,
    IWebhookDeduplicationStore deduplication,
    IOptionsMonitor<WhatsAppWebhookOptions> options,
    WebhookMetrics metrics,
    ILogger<WebhookDispatcher> logger,
    ConsumedReplies? consumed = null) : IWebhookDispatcher
{
    public async Task<WebhookDispatchResult> DispatchAsync(WebhookNotification notification, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var settings = options.CurrentValue;
        int handled = 0, duplicates = 0, failed = 0;
        var scope = scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var handlers = scope.ServiceProvider.GetServices<IWhatsAppWebhookHandler>().ToArray();
            var context = new WebhookContext(notification, scope.ServiceProvider, receivedAt, settings.ClientName);
            foreach (var webhookEvent in notification.Events)
            {
                var eventType = webhookEvent.GetType().Name;
                metrics.Received(eventType);

                // One span per event, linked to the span of the send it reports on (a status's id is the send's wamid).
                using var activity = WhatsAppDiagnostics.StartWebhookEventActivity(
                    eventType, (webhookEvent as MessageStatusUpdate)?.MessageId, webhookEvent.PhoneNumberId);
                if (webhookEvent is InboundMessage { Id.Length: > 0 } message && consumed?.Contains(message.Id) == true)
                {
                    activity?.SetTag("whatsapp.webhook.consumed_by_wait", true);
                    duplicates++; // a waiting conversation took it
                    continue;
                }

                var key = settings.Deduplicate ? DeduplicationKeys.For(webhookEvent) : null;
                if (key is not null && await IsHandledAsync(key, cancellationToken).ConfigureAwait(false))
                {
                    WebhookLog.DuplicateDropped(logger, key);
                    metrics.Deduplicated(eventType);
                    activity?.SetTag("whatsapp.webhook.duplicate", true);
                    duplicates++;
                    continue;
                }

                if (!await RunHandlersAsync(handlers, webhookEvent, context, key, cancellationToken).ConfigureAwait(false))
                {
                    metrics.Failed(eventType);
                    activity?.SetStatus(ActivityStatusCode.Error, "handler failed");
                    activity?.SetTag("error.type", "handler_failed");
                    failed++;
                    continue;
                }

                handled++;
                if (key is not null)
                {
                    await MarkHandledAsync(key, settings.DeduplicationWindow).ConfigureAwait(false);
                }
            }
        }

        return new WebhookDispatchResult(handled, duplicates, failed);
    }

    private async Task<bool> RunHandlersAsync(IWhatsAppWebhookHandler[] handlers, WebhookEvent webhookEvent, WebhookContext context, string? key, CancellationToken cancellationToken)
    {
        var succeeded = true;
        foreach (var handler in handlers)
        {
            try
            {
                await handler.HandleAsync(webhookEvent, context, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A handler's failure must not lose the other events of the body.
            catch (Exception e)
#pragma warning restore CA1031
            {
                WebhookLog.HandlerFailed(logger, e, HandlerName(handler), webhookEvent.GetType().Name, key);
                succeeded = false;
            }
        }

        return succeeded;
    }

    private async ValueTask<bool> IsHandledAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await deduplication.IsHandledAsync(key, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A store outage must not drop events: handle rather than lose.
        catch (Exception e)
#pragma warning restore CA1031
        {
            WebhookLog.DeduplicationFailed(logger, e, key);
            return false;
        }
    }

    // Not cancellable: the handlers completed, so the record must be written even when the host is stopping.
    private async ValueTask MarkHandledAsync(string key, TimeSpan window)
    {
        try
        {
            await deduplication.MarkHandledAsync(key, window, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The event was handled: failing it now would only make a redelivery run it again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            WebhookLog.DeduplicationFailed(logger, e, key);
        }
    }

    private static string HandlerName(IWhatsAppWebhookHandler handler) =>
        handler is IDescribedHandler described ? described.Description : handler.GetType().Name;
}

/// <summary>A handler that names itself in logs (the delegate handlers name their event type).</summary>
internal interface IDescribedHandler
{
    string Description { get; }
}
