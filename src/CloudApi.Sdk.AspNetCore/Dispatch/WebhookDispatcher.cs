using CloudApi.Sdk.AspNetCore.Deduplication;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Dispatch;

/// <summary>
/// Runs a notification's events through the handlers, in order, in one DI scope: each event is first checked against
/// the de-duplication store, then given to every handler; a failing handler is logged and the rest go on.
/// </summary>
internal sealed class WebhookDispatcher(
    IServiceScopeFactory scopeFactory,
    IWebhookDeduplicationStore deduplication,
    IOptionsMonitor<WhatsAppWebhookOptions> options,
    ILogger<WebhookDispatcher> logger)
{
    public async Task DispatchAsync(WebhookNotification notification, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var scope = scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var handlers = scope.ServiceProvider.GetServices<IWhatsAppWebhookHandler>().ToArray();
            var context = new WebhookContext(notification, scope.ServiceProvider, receivedAt);
            foreach (var webhookEvent in notification.Events)
            {
                var key = DeduplicationKeys.For(webhookEvent);
                if (settings.Deduplicate && key is not null && !await IsFirstSightingAsync(key, settings.DeduplicationWindow, cancellationToken).ConfigureAwait(false))
                {
                    WebhookLog.DuplicateDropped(logger, key);
                    continue;
                }

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
                    }
                }
            }
        }
    }

    private async ValueTask<bool> IsFirstSightingAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        try
        {
            return await deduplication.TryMarkAsSeenAsync(key, window, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A store outage must not drop events: handle rather than lose.
        catch (Exception e)
#pragma warning restore CA1031
        {
            WebhookLog.DeduplicationFailed(logger, e, key);
            return true;
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
