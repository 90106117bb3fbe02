using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore.Dispatch;

/// <summary>Adapts a typed delegate (<c>On&lt;TEvent&gt;</c>) to <see cref="IWhatsAppWebhookHandler"/>: it sees only events of its type.</summary>
internal sealed class DelegateWebhookHandler<TEvent>(Func<TEvent, WebhookContext, CancellationToken, Task> handler)
    : IWhatsAppWebhookHandler, IDescribedHandler
    where TEvent : WebhookEvent
{
    public string Description => $"On<{typeof(TEvent).Name}>";

    public Task HandleAsync(WebhookEvent webhookEvent, WebhookContext context, CancellationToken cancellationToken) =>
        webhookEvent is TEvent typed ? handler(typed, context, cancellationToken) : Task.CompletedTask;
}
