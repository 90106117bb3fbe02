using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Redis.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Keeps the webhook endpoint's queue and de-duplication in Redis, shared by every app instance.</summary>
public static class RedisWebhookBuilderExtensions
{
    /// <summary>
    /// Queues notifications in a Redis Streams inbox on the <see cref="IConnectionMultiplexer"/> registered in the
    /// container (sets <see cref="WhatsAppWebhookOptions.DispatchMode"/> to <see cref="WebhookDispatchMode.Queued"/>).
    /// The endpoint answers 200 only once XADD succeeded (503 when Redis fails, so Meta delivers again); workers in every
    /// instance read through one consumer group and acknowledge a notification only after its handlers succeeded. A crashed
    /// instance's notifications are taken over after <see cref="RedisWebhookInboxOptions.ClaimIdleTime"/>. Pair it with
    /// <see cref="UseRedisDeduplication(IWhatsAppWebhookBuilder)"/> so that a
    /// notification retried elsewhere re-runs only the events that failed.
    /// </summary>
    /// <param name="builder">The webhook builder.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseRedisInbox(this IWhatsAppWebhookBuilder builder) =>
        builder.UseRedisInbox(static provider => provider.GetRequiredService<IConnectionMultiplexer>(), null);

    /// <summary>
    /// Queues notifications in a Redis Streams inbox on the registered <see cref="IConnectionMultiplexer"/>, with these
    /// settings (see <see cref="UseRedisInbox(IWhatsAppWebhookBuilder)"/>).
    /// </summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="configure">Changes the inbox's settings.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseRedisInbox(this IWhatsAppWebhookBuilder builder, Action<RedisWebhookInboxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.UseRedisInbox(static provider => provider.GetRequiredService<IConnectionMultiplexer>(), configure);
    }

    /// <summary>Queues notifications in a Redis Streams inbox on the connection <paramref name="connection"/> returns.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="connection">Returns the Redis connection (share one per process).</param>
    /// <param name="configure">Changes the inbox's settings; <see langword="null"/> for defaults.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseRedisInbox(this IWhatsAppWebhookBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisWebhookInboxOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        var services = builder.Services;
        services.AddOptions<RedisWebhookInboxOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisWebhookInboxOptions>, RedisWebhookInboxOptionsValidator>());
        services.Replace(ServiceDescriptor.Singleton(provider => new RedisWebhookStream(connection(provider), provider.GetRequiredService<IOptions<RedisWebhookInboxOptions>>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RedisWebhookInboxWorker>());
        return builder.UseInbox<RedisWebhookInbox>();
    }

    /// <summary>
    /// Remembers handled events in Redis, on the <see cref="IConnectionMultiplexer"/> registered in the container, so every
    /// instance skips what any instance handled (for <see cref="WhatsAppWebhookOptions.DeduplicationWindow"/>).
    /// </summary>
    /// <param name="builder">The webhook builder.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseRedisDeduplication(this IWhatsAppWebhookBuilder builder) =>
        builder.UseRedisDeduplication(static provider => provider.GetRequiredService<IConnectionMultiplexer>(), null);

    /// <summary>Remembers handled events in Redis, on the registered <see cref="IConnectionMultiplexer"/>, with these settings.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="configure">Changes the store's settings.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseRedisDeduplication(this IWhatsAppWebhookBuilder builder, Action<RedisWebhookDeduplicationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.UseRedisDeduplication(static provider => provider.GetRequiredService<IConnectionMultiplexer>(), configure);
    }

    /// <summary>Remembers handled events in Redis, on the connection <paramref name="connection"/> returns.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="connection">Returns the Redis connection (share one per process).</param>
    /// <param name="configure">Changes the store's settings; <see langword="null"/> for defaults.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseRedisDeduplication(this IWhatsAppWebhookBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisWebhookDeduplicationOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        var options = new RedisWebhookDeduplicationOptions();
        configure?.Invoke(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.KeyPrefix, nameof(configure));
        builder.Services.Replace(ServiceDescriptor.Singleton<IWebhookDeduplicationStore>(provider => new RedisWebhookDeduplicationStore(connection(provider), options)));
        return builder;
    }
}
