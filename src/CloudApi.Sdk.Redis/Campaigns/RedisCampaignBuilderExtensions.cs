using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.Redis.Campaigns;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Keeps a registration's campaigns in Redis, shared by every worker process (registers campaigns too, as <c>AddCampaigns</c>).</summary>
public static class RedisCampaignBuilderExtensions
{
    /// <summary>
    /// Keeps this registration's campaigns in a <see cref="RedisCampaignStore"/> on the <see cref="IConnectionMultiplexer"/>
    /// registered in the container, and registers campaigns (<see cref="IWhatsAppCampaigns"/>).
    /// </summary>
    /// <param name="builder">The registration.</param>
    /// <param name="configure">Changes the store's settings; <see langword="null"/> for defaults.</param>
    /// <returns>The same builder.</returns>
    public static IWhatsAppBuilder UseRedisCampaignStore(this IWhatsAppBuilder builder, Action<RedisCampaignStoreOptions>? configure) =>
        builder.UseRedisCampaignStore(static provider => provider.GetRequiredService<IConnectionMultiplexer>(), configure);

    /// <summary>Keeps this registration's campaigns in a <see cref="RedisCampaignStore"/> on the connection <paramref name="connection"/> returns, and registers campaigns.</summary>
    /// <param name="builder">The registration.</param>
    /// <param name="connection">Returns the Redis connection (share one per process).</param>
    /// <param name="configure">Changes the store's settings; <see langword="null"/> for defaults.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">The settings are out of range (empty key prefix, add batch size not 1 to 10,000).</exception>
    public static IWhatsAppBuilder UseRedisCampaignStore(this IWhatsAppBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisCampaignStoreOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        var options = new RedisCampaignStoreOptions();
        configure?.Invoke(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.KeyPrefix, nameof(configure));
        if (options.AddBatchSize is < 1 or > 10_000)
        {
            throw new ArgumentException($"AddBatchSize must be 1 to 10,000, got {options.AddBatchSize}.", nameof(configure));
        }

        return builder.UseCampaignStore(provider => new RedisCampaignStore(connection(provider), options, provider.GetService<TimeProvider>()));
    }
}
