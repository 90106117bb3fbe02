using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.Campaigns;

/// <summary>Registers campaigns (<see cref="IWhatsAppCampaigns"/>) on a client registration.</summary>
public static class WhatsAppCampaignsBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="IWhatsAppCampaigns"/> for this registration (keyed by its name; also unkeyed for the default
    /// registration), sending through its client. The store is the one chosen with <see cref="UseCampaignStore"/> (or
    /// <c>UseRedisCampaignStore</c> from CloudApi.Sdk.Redis), else an <see cref="InMemoryCampaignStore"/>.
    /// </summary>
    /// <param name="builder">The registration.</param>
    /// <returns>The same builder.</returns>
    public static IWhatsAppBuilder AddCampaigns(this IWhatsAppBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var name = builder.Name;
        services.TryAddKeyedSingleton<ICampaignStore>(name, static (provider, _) => new InMemoryCampaignStore(provider.GetRequiredService<TimeProvider>()));
        services.TryAddKeyedSingleton<IWhatsAppCampaigns>(name, static (provider, key) =>
        {
            var name = (string)key!;
            var clients = provider.GetRequiredService<IWhatsAppClientFactory>();
            return new WhatsAppCampaigns(
                () => clients.CreateClient(name),
                provider.GetRequiredKeyedService<ICampaignStore>(name),
                new WhatsAppCampaignsOptions
                {
                    TimeProvider = provider.GetRequiredService<TimeProvider>(),
                    RateLimiting = provider.GetService<IOptionsMonitor<WhatsAppRateLimitOptions>>()?.Get(name),
                });
        });
        if (name == Options.DefaultName)
        {
            services.TryAddSingleton(static provider => provider.GetRequiredKeyedService<IWhatsAppCampaigns>(Options.DefaultName));
            services.TryAddSingleton(static provider => provider.GetRequiredKeyedService<ICampaignStore>(Options.DefaultName));
        }

        return builder;
    }

    /// <summary>Keeps this registration's campaigns in this process's memory (the default): a crash loses them.</summary>
    /// <param name="builder">The registration.</param>
    /// <returns>The same builder.</returns>
    public static IWhatsAppBuilder UseInMemoryCampaignStore(this IWhatsAppBuilder builder) =>
        builder.UseCampaignStore(static provider => new InMemoryCampaignStore(provider.GetRequiredService<TimeProvider>()));

    /// <summary>Keeps this registration's campaigns in the given store (replacing any chosen before), and registers campaigns.</summary>
    /// <param name="builder">The registration.</param>
    /// <param name="factory">Makes the store, once.</param>
    /// <returns>The same builder.</returns>
    public static IWhatsAppBuilder UseCampaignStore(this IWhatsAppBuilder builder, Func<IServiceProvider, ICampaignStore> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        var services = builder.Services;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(ICampaignStore) && services[i].IsKeyedService && Equals(services[i].ServiceKey, builder.Name))
            {
                services.RemoveAt(i);
            }
        }

        services.AddKeyedSingleton<ICampaignStore>(builder.Name, (provider, _) => factory(provider));
        return builder.AddCampaigns();
    }
}
