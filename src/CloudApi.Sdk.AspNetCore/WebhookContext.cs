using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// What a handler knows besides the event: the whole notification, the services of its scope, and the client of the
/// registration that received it (<see cref="Client"/>), to answer through.
/// </summary>
public sealed class WebhookContext
{
    private IWhatsAppClient? _client;

    /// <summary>Creates a context for the default client registration (for tests of handlers).</summary>
    /// <param name="notification">The notification being dispatched.</param>
    /// <param name="services">The dispatch scope's services.</param>
    /// <param name="receivedAt">When the endpoint received the notification.</param>
    public WebhookContext(WebhookNotification notification, IServiceProvider services, DateTimeOffset receivedAt)
        : this(notification, services, receivedAt, string.Empty)
    {
    }

    /// <summary>Creates a context (for tests of handlers).</summary>
    /// <param name="notification">The notification being dispatched.</param>
    /// <param name="services">The dispatch scope's services.</param>
    /// <param name="receivedAt">When the endpoint received the notification.</param>
    /// <param name="clientName">The client registration that received it (<see cref="WhatsAppWebhookOptions.ClientName"/>).</param>
    public WebhookContext(WebhookNotification notification, IServiceProvider services, DateTimeOffset receivedAt, string clientName)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(clientName);
        Notification = notification;
        Services = services;
        ReceivedAt = receivedAt;
        ClientName = clientName;
    }

    /// <summary>The notification (request body) the event came in.</summary>
    public WebhookNotification Notification { get; }

    /// <summary>The services of the dispatch scope (one scope per notification).</summary>
    public IServiceProvider Services { get; }

    /// <summary>When the endpoint received the notification.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The client registration that received the notification (<see cref="string.Empty"/> for the default one).</summary>
    public string ClientName { get; }

    /// <summary>
    /// The client of the registration that received the notification (<see cref="ClientName"/>): its token, settings and
    /// rate limiter. Pass the event's <see cref="WebhookEvent.PhoneNumberId"/> to answer from the number written to (the
    /// reply helpers of <see cref="InboundMessageContext{TMessage}"/> do).
    /// </summary>
    /// <exception cref="InvalidOperationException">No client is registered under <see cref="ClientName"/> (an app that only receives).</exception>
    public IWhatsAppClient Client => _client ??= CreateClient();

    private IWhatsAppClient CreateClient()
    {
        var factory = Services.GetService<IWhatsAppClientFactory>() ?? throw new InvalidOperationException(
            "No WhatsApp client is registered, so a webhook handler cannot send: register the webhooks on a client with " +
            "services.AddWhatsAppCloudApi(...).AddWebhooks() instead of services.AddWhatsAppWebhooks(...).");
        return factory.CreateClient(ClientName);
    }
}
