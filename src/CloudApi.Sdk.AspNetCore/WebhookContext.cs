using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>What a handler knows besides the event: the whole notification and the services of its scope.</summary>
public sealed class WebhookContext
{
    /// <summary>Creates a context (for tests of handlers).</summary>
    /// <param name="notification">The notification being dispatched.</param>
    /// <param name="services">The dispatch scope's services.</param>
    /// <param name="receivedAt">When the endpoint received the notification.</param>
    public WebhookContext(WebhookNotification notification, IServiceProvider services, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(services);
        Notification = notification;
        Services = services;
        ReceivedAt = receivedAt;
    }

    /// <summary>The notification (request body) the event came in.</summary>
    public WebhookNotification Notification { get; }

    /// <summary>The services of the dispatch scope (one scope per notification).</summary>
    public IServiceProvider Services { get; }

    /// <summary>When the endpoint received the notification.</summary>
    public DateTimeOffset ReceivedAt { get; }
}
