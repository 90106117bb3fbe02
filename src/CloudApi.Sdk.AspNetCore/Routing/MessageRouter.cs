using CloudApi.Sdk.AspNetCore.Dispatch;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore.Routing;

/// <summary>
/// Gives each inbound message to the first route that takes it, in registration order, else to the fallback; other
/// events pass by. One handler among the others: observers (<c>On&lt;T&gt;</c>, <c>AddHandler</c>) still see every event.
/// </summary>
internal sealed class MessageRouter(IEnumerable<MessageRoute> routes, FallbackRoute? fallback = null) : IWhatsAppWebhookHandler, IDescribedHandler
{
    private readonly MessageRoute[] _routes = [.. routes];

    public string Description => "message routes";

    public Task HandleAsync(WebhookEvent webhookEvent, WebhookContext context, CancellationToken cancellationToken)
    {
        if (webhookEvent is not InboundMessage message)
        {
            return Task.CompletedTask;
        }

        foreach (var route in _routes)
        {
            if (route.Matches(message))
            {
                return route.InvokeAsync(message, context, cancellationToken);
            }
        }

        return fallback?.InvokeAsync(message, context, cancellationToken) ?? Task.CompletedTask;
    }
}
