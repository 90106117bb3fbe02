using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.AspNetCore.Flows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a WhatsApp Flows data-exchange endpoint; map it with <c>app.MapWhatsAppFlowEndpoint("/flows", handler)</c>.</summary>
public static class WhatsAppFlowEndpointServiceCollectionExtensions
{
    /// <summary>
    /// Registers the endpoint with its settings from the <c>WhatsApp</c> configuration section: <c>AppSecret</c>, and
    /// <c>Flows:PrivateKeyPath</c> (or <c>Flows:PrivateKeyPem</c>), <c>Flows:PrivateKeyPassphrase</c>, <c>Flows:MaxBodySize</c>.
    /// The key is loaded and checked at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>WhatsApp</c> section, e.g. <c>builder.Configuration.GetSection("WhatsApp")</c>.</param>
    /// <param name="configure">Further settings applied after the configuration, or <see langword="null"/>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddWhatsAppFlowEndpoint(this IServiceCollection services, IConfiguration configuration, Action<WhatsAppFlowEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddWhatsAppFlowEndpoint(options =>
        {
            var flows = configuration.GetSection("Flows");
            options.AppSecret = configuration["AppSecret"] ?? options.AppSecret;
            options.PrivateKeyPem = flows["PrivateKeyPem"] ?? options.PrivateKeyPem;
            options.PrivateKeyPath = flows["PrivateKeyPath"] ?? options.PrivateKeyPath;
            options.PrivateKeyPassphrase = flows["PrivateKeyPassphrase"] ?? options.PrivateKeyPassphrase;
            if (long.TryParse(flows["MaxBodySize"], out var maxBodySize))
            {
                options.MaxBodySize = maxBodySize;
            }

            configure?.Invoke(options);
        });
    }

    /// <summary>Registers the endpoint with settings given in code. The key is loaded and checked at start-up.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddWhatsAppFlowEndpoint(this IServiceCollection services, Action<WhatsAppFlowEndpointOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<WhatsAppFlowEndpointOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WhatsAppFlowEndpointOptions>, WhatsAppFlowEndpointOptionsValidator>());
        services.TryAddSingleton<FlowEndpoint>();
        return services;
    }
}
