using CloudApi.Sdk;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Redis.Conversations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Shares waiting conversations (<see cref="IWhatsAppConversations"/>) between app instances through Redis.</summary>
public static class RedisConversationBuilderExtensions
{
    /// <summary>
    /// Hands a user's answer to the instance waiting for it, whichever instance Meta posted it to, on the
    /// <see cref="IConnectionMultiplexer"/> registered in the container (a key per waited-for user, pub/sub between
    /// instances). Use it with shared de-duplication (<c>UseRedisDeduplication</c>), so the answer is recorded as
    /// handled for every instance.
    /// </summary>
    /// <param name="builder">The webhook builder.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseRedisConversations(this IWhatsAppWebhookBuilder builder) =>
        builder.UseRedisConversations(static provider => provider.GetRequiredService<IConnectionMultiplexer>(), null);

    /// <summary>Shares waiting conversations through Redis, on the registered connection, with these settings.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="configure">Changes the settings.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder UseRedisConversations(this IWhatsAppWebhookBuilder builder, Action<RedisConversationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.UseRedisConversations(static provider => provider.GetRequiredService<IConnectionMultiplexer>(), configure);
    }

    /// <summary>Shares waiting conversations through Redis, on the connection <paramref name="connection"/> returns.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="connection">Returns the Redis connection (share one per process).</param>
    /// <param name="configure">Changes the settings; <see langword="null"/> for defaults.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="WhatsAppValidationException">A setting is out of range.</exception>
    public static IWhatsAppWebhookBuilder UseRedisConversations(this IWhatsAppWebhookBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisConversationOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        var options = new RedisConversationOptions();
        configure?.Invoke(options);
        if (string.IsNullOrWhiteSpace(options.KeyPrefix))
        {
            throw new WhatsAppValidationException(nameof(RedisConversationOptions.KeyPrefix), "KeyPrefix is required.");
        }

        if (options.DeliveryTimeout < TimeSpan.FromMilliseconds(100) || options.DeliveryTimeout > TimeSpan.FromMinutes(1))
        {
            throw new WhatsAppValidationException(nameof(RedisConversationOptions.DeliveryTimeout),
                $"DeliveryTimeout must be between 100 ms and 1 minute; it was {options.DeliveryTimeout}.");
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Replace(ServiceDescriptor.Singleton<IConversationBackplane>(provider => new RedisConversationBackplane(
            connection(provider), options, provider, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<RedisConversationBackplane>>())));
        return builder;
    }
}
