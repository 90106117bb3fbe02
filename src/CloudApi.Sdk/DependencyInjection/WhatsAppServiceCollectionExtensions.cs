using CloudApi.Sdk;
using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.Diagnostics;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers WhatsApp Cloud API clients in a service collection.</summary>
public static class WhatsAppServiceCollectionExtensions
{
    /// <summary>Registers the default client, bound to a configuration section (e.g. <c>configuration.GetSection("WhatsApp")</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <see cref="WhatsAppOptions"/>' settings.</param>
    /// <returns>A builder to configure the registration further.</returns>
    public static IWhatsAppBuilder AddWhatsAppCloudApi(this IServiceCollection services, IConfiguration configuration) =>
        services.AddWhatsAppCloudApi(Options.Options.DefaultName, configuration);

    /// <summary>Registers the default client, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to configure the registration further.</returns>
    public static IWhatsAppBuilder AddWhatsAppCloudApi(this IServiceCollection services, Action<WhatsAppOptions> configure) =>
        services.AddWhatsAppCloudApi(Options.Options.DefaultName, configure);

    /// <summary>Registers a named client (one tenant) bound to a configuration section; get it from <see cref="IWhatsAppClientFactory"/> or as a keyed service.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configuration">The section holding this tenant's settings.</param>
    /// <returns>A builder to configure the registration further.</returns>
    public static IWhatsAppBuilder AddWhatsAppCloudApi(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddWhatsAppCloudApiCore(name);
        services.Configure<WhatsAppOptions>(name, configuration);
        services.Configure<WhatsAppRateLimitOptions>(name, configuration.GetSection("RateLimiting"));
        return builder;
    }

    /// <summary>Registers a named client (one tenant) configured in code; get it from <see cref="IWhatsAppClientFactory"/> or as a keyed service.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets this tenant's options.</param>
    /// <returns>A builder to configure the registration further.</returns>
    public static IWhatsAppBuilder AddWhatsAppCloudApi(this IServiceCollection services, string name, Action<WhatsAppOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddWhatsAppCloudApiCore(name);
        services.Configure(name, configure);
        return builder;
    }

    private static WhatsAppBuilder AddWhatsAppCloudApiCore(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);

        services.TryAddSingleton(TimeProvider.System);
        Registrations(services).Add(name);
        services.AddOptions<WhatsAppOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WhatsAppOptions>, WhatsAppOptionsValidator>());
        services.TryAddSingleton(static provider => new WhatsAppClientMetrics(provider.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<IWhatsAppClientFactory, WhatsAppClientFactory>();
        services.TryAddKeyedTransient<IWhatsAppClient>(name, static (provider, key) =>
            provider.GetRequiredService<IWhatsAppClientFactory>().CreateClient((string)key!));
        if (name == Options.Options.DefaultName)
        {
            services.TryAddTransient<IWhatsAppClient>(static provider =>
                provider.GetRequiredService<IWhatsAppClientFactory>().CreateClient(Options.Options.DefaultName));
        }

        // IHttpClientFactory's default loggers pass raw header values (the bearer token) to structured loggers: they are
        // removed, GraphPipeline logs instead. Handlers the user adds to builder.HttpClient come after (inside) these.
        var httpClient = services
            .AddHttpClient(WhatsAppRegistrations.HttpClientName(name), static client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) => GraphPipeline.AddHandlers(
                handlers,
                provider.GetRequiredService<IOptionsMonitor<WhatsAppOptions>>().Get(name),
                provider.GetRequiredService<RateLimiterRegistry>().Get(name),
                provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
                provider.GetRequiredService<TimeProvider>()));
        var builder = new WhatsAppBuilder(name, services, httpClient);
        builder.AddRateLimiting();
        return builder;
    }

    private static WhatsAppRegistrations Registrations(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(WhatsAppRegistrations) && descriptor.ImplementationInstance is WhatsAppRegistrations existing)
            {
                return existing;
            }
        }

        var registrations = new WhatsAppRegistrations();
        services.AddSingleton(registrations);
        return registrations;
    }
}
