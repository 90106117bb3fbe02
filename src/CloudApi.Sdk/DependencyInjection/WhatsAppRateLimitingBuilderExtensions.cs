using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using System.Threading.RateLimiting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures a registration's rate limiter (on by default with Meta's limits).</summary>
public static class WhatsAppRateLimitingBuilderExtensions
{
    /// <summary>Changes this registration's rate-limit settings (rates per number, pair policy, retries, queue).</summary>
    /// <param name="builder">The registration.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same builder.</returns>
    public static IWhatsAppBuilder ConfigureRateLimiting(this IWhatsAppBuilder builder, Action<WhatsAppRateLimitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(builder.Name, configure);
        return builder;
    }

    /// <summary>Binds this registration's rate-limit settings from a configuration section.</summary>
    /// <param name="builder">The registration.</param>
    /// <param name="configuration">The section holding <see cref="WhatsAppRateLimitOptions"/>' settings.</param>
    /// <returns>The same builder.</returns>
    public static IWhatsAppBuilder ConfigureRateLimiting(this IWhatsAppBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        builder.Services.Configure<WhatsAppRateLimitOptions>(builder.Name, configuration);
        return builder;
    }

    /// <summary>
    /// Keeps this registration's limits in the store <paramref name="factory"/> makes (called once per registration),
    /// instead of the in-memory store shared by the process's registrations.
    /// </summary>
    /// <param name="builder">The registration.</param>
    /// <param name="factory">Creates the store.</param>
    /// <returns>The same builder.</returns>
    public static IWhatsAppBuilder UseRateLimitStore(this IWhatsAppBuilder builder, Func<IServiceProvider, IWhatsAppRateLimitStore> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.Configure<RateLimitStoreSelection>(builder.Name, selection => selection.Factory = factory);
        return builder;
    }

    /// <summary>Adds what every registration's limiter needs; called by <c>AddWhatsAppCloudApi</c>.</summary>
    internal static void AddRateLimiting(this IWhatsAppBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<IWhatsAppRateLimitStore>(static provider => new InMemoryRateLimitStore(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<RateLimiterRegistry>();
        services.AddOptions<WhatsAppRateLimitOptions>(builder.Name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WhatsAppRateLimitOptions>, WhatsAppRateLimitOptionsValidator>());
        var name = builder.Name;

        // The registration's limits as a System.Threading.RateLimiting limiter (keyed by the registration name; the default
        // registration also unkeyed), sharing the limiter of the client's sends. Owned by the container.
        services.TryAddKeyedSingleton<PartitionedRateLimiter<WhatsAppSendKey>>(name, static (provider, key) =>
            new WhatsAppPartitionedRateLimiter(provider.GetRequiredService<RateLimiterRegistry>().Get((string)key!)));

        // The store the registration's limiter uses (its own, or the shared one), keyed by the registration name: the
        // health check of CloudApi.Sdk.AspNetCore probes it.
        services.TryAddKeyedSingleton<IWhatsAppRateLimitStore>(name, static (provider, key) =>
            provider.GetRequiredService<RateLimiterRegistry>().Get((string)key!).Store);
        if (name == Microsoft.Extensions.Options.Options.DefaultName)
        {
            services.TryAddSingleton(static provider => provider.GetRequiredKeyedService<PartitionedRateLimiter<WhatsAppSendKey>>(Microsoft.Extensions.Options.Options.DefaultName));
        }
    }
}
