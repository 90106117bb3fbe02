using System.Diagnostics.CodeAnalysis;
using CloudApi.Sdk.AspNetCore.Deduplication;
using CloudApi.Sdk.AspNetCore.Dispatch;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>Registers webhook handlers and the de-duplication store.</summary>
public static class WhatsAppWebhookBuilderExtensions
{
    /// <summary>Registers a handler class that receives every event (resolved from a scope per notification).</summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="lifetime">The handler's lifetime. Default <see cref="ServiceLifetime.Scoped"/>.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder AddHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IWhatsAppWebhookBuilder builder, ServiceLifetime lifetime = ServiceLifetime.Scoped)
        where THandler : class, IWhatsAppWebhookHandler
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Describe(typeof(IWhatsAppWebhookHandler), typeof(THandler), lifetime));
        return builder;
    }

    /// <summary>Registers a delegate for the events of one type (or a base type: <see cref="InboundMessage"/>, <see cref="MediaMessageReceived"/>, <see cref="WebhookEvent"/>).</summary>
    /// <typeparam name="TEvent">The event type the delegate receives.</typeparam>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="handler">Handles one event; resolve services from <see cref="WebhookContext.Services"/>.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder On<TEvent>(this IWhatsAppWebhookBuilder builder, Func<TEvent, WebhookContext, CancellationToken, Task> handler)
        where TEvent : WebhookEvent
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(handler);
        builder.Services.AddSingleton<IWhatsAppWebhookHandler>(new DelegateWebhookHandler<TEvent>(handler));
        return builder;
    }

    /// <summary>Registers a delegate for inbound messages of one type, e.g. <c>OnMessage&lt;TextMessageReceived&gt;(...)</c>.</summary>
    /// <typeparam name="TMessage">The message type (<see cref="InboundMessage"/> for all).</typeparam>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="handler">Handles one message.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder OnMessage<TMessage>(this IWhatsAppWebhookBuilder builder, Func<TMessage, WebhookContext, CancellationToken, Task> handler)
        where TMessage : InboundMessage =>
        builder.On(handler);

    /// <summary>Registers a delegate for message statuses (sent, delivered, read, failed, played).</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="handler">Handles one status.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder OnStatus(this IWhatsAppWebhookBuilder builder, Func<MessageStatusUpdate, WebhookContext, CancellationToken, Task> handler) =>
        builder.On(handler);

    /// <summary>
    /// Remembers handled events in the registered <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>
    /// (e.g. Redis) instead of in memory, so every instance of the app shares it. Register the cache yourself.
    /// </summary>
    /// <param name="builder">The webhook builder.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseDistributedCacheDeduplication(this IWhatsAppWebhookBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<IWebhookDeduplicationStore, DistributedCacheWebhookDeduplicationStore>());
        return builder;
    }

    /// <summary>Remembers handled events in a store of your own.</summary>
    /// <typeparam name="TStore">The store (a singleton).</typeparam>
    /// <param name="builder">The webhook builder.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseDeduplicationStore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStore>(this IWhatsAppWebhookBuilder builder)
        where TStore : class, IWebhookDeduplicationStore
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<IWebhookDeduplicationStore, TStore>());
        return builder;
    }

    /// <summary>
    /// Queues notifications in an inbox of your own (a durable queue) instead of in memory: sets
    /// <see cref="WhatsAppWebhookOptions.DispatchMode"/> to <see cref="WebhookDispatchMode.Queued"/>. The endpoint answers 200
    /// once <see cref="IWebhookInbox.TryAddAsync"/> returned <see langword="true"/>; the inbox's workers (register them
    /// yourself) run each notification through <see cref="IWebhookDispatcher"/> and acknowledge it when that succeeded.
    /// </summary>
    /// <typeparam name="TInbox">The inbox (a singleton).</typeparam>
    /// <param name="builder">The webhook builder.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseInbox<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TInbox>(this IWhatsAppWebhookBuilder builder)
        where TInbox : class, IWebhookInbox
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<IWebhookInbox, TInbox>());
        builder.Services.Configure<WhatsAppWebhookOptions>(static o => o.DispatchMode = WebhookDispatchMode.Queued);
        return builder;
    }

    /// <summary>
    /// Hands answers to waits in other app instances through <typeparamref name="TBackplane"/> (see
    /// <see cref="IConversationBackplane"/>; CloudApi.Sdk.Redis has <c>UseRedisConversations</c>).
    /// </summary>
    /// <typeparam name="TBackplane">The backplane (a singleton).</typeparam>
    /// <param name="builder">The webhook builder.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseConversationBackplane<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TBackplane>(this IWhatsAppWebhookBuilder builder)
        where TBackplane : class, IConversationBackplane
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<IConversationBackplane, TBackplane>());
        return builder;
    }
}
