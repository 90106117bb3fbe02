using CloudApi.Sdk.Redis;
using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Keeps a registration's rate limits in Redis, shared by every app instance sending from the same numbers.</summary>
public static class RedisRateLimitingBuilderExtensions
{
    /// <summary>Uses a <see cref="RedisRateLimitStore"/> on the <see cref="IConnectionMultiplexer"/> registered in the container.</summary>
    /// <param name="builder">The registration.</param>
    /// <param name="configure">Changes the store's settings; <see langword="null"/> for defaults.</param>
    /// <returns>The same builder.</returns>
    public static IWhatsAppBuilder UseRedisRateLimitStore(this IWhatsAppBuilder builder, Action<RedisRateLimitStoreOptions>? configure) =>
        builder.UseRedisRateLimitStore(static provider => provider.GetRequiredService<IConnectionMultiplexer>(), configure);

    /// <summary>Uses a <see cref="RedisRateLimitStore"/> on the connection <paramref name="connection"/> returns.</summary>
    /// <param name="builder">The registration.</param>
    /// <param name="connection">Returns the Redis connection (share one per process).</param>
    /// <param name="configure">Changes the store's settings; <see langword="null"/> for defaults.</param>
    /// <returns>The same builder.</returns>
    public static IWhatsAppBuilder UseRedisRateLimitStore(this IWhatsAppBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisRateLimitStoreOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        var options = new RedisRateLimitStoreOptions();
        configure?.Invoke(options);
        return builder.UseRateLimitStore(provider =>
            new RedisRateLimitStore(connection(provider), options, provider.GetService<TimeProvider>()));
    }
}
