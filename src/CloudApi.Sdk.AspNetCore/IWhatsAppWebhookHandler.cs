using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>Receives every webhook event. Register with <c>AddHandler&lt;T&gt;()</c> on the webhook builder; match on the event's type.</summary>
public interface IWhatsAppWebhookHandler
{
    /// <summary>
    /// Handles one event. An exception is logged and does not stop the other handlers or events; the event is then not
    /// recorded as handled, and is given to the handlers again when the notification is redelivered (inline mode: the
    /// endpoint answers 500) or retried (a durable inbox). Make handlers idempotent per event: delivery is at least once.
    /// </summary>
    /// <param name="webhookEvent">The event: an <see cref="InboundMessage"/> subclass, a <see cref="MessageStatusUpdate"/>, a field update, or an unknown event.</param>
    /// <param name="context">The notification the event came in, and the scope's services.</param>
    /// <param name="cancellationToken">Cancelled when the host is stopping.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(WebhookEvent webhookEvent, WebhookContext context, CancellationToken cancellationToken);
}
