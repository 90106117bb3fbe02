using CloudApi.Sdk;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.AspNetCore.Conversations;
using CloudApi.Sdk.AspNetCore.Deduplication;
using CloudApi.Sdk.AspNetCore.Diagnostics;
using CloudApi.Sdk.AspNetCore.Dispatch;
using CloudApi.Sdk.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the WhatsApp webhook endpoint's services; map the endpoint with <c>app.MapWhatsAppWebhook("/webhook")</c>.</summary>
public static class WhatsAppWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers the webhook services for an app that only receives: binds <see cref="WhatsAppOptions"/> (its
    /// <c>AppSecret</c> and <c>VerifyToken</c>) of the default registration from <paramref name="configuration"/>, and
    /// <see cref="WhatsAppWebhookOptions"/> from its <c>Webhooks</c> subsection. No access token is needed.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>WhatsApp</c> section, e.g. <c>builder.Configuration.GetSection("WhatsApp")</c>.</param>
    /// <returns>A builder to add handlers.</returns>
    public static IWhatsAppWebhookBuilder AddWhatsAppWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<WhatsAppOptions>(Options.Options.DefaultName, configuration);
        var builder = services.AddWhatsAppWebhooks();
        services.Configure<WhatsAppWebhookOptions>(configuration.GetSection("Webhooks"));
        return builder;
    }

    /// <summary>
    /// Registers the webhook services with the default <see cref="WhatsAppWebhookOptions"/>. The app secret and verify
    /// token are read from the default <see cref="WhatsAppOptions"/> registration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder to add handlers.</returns>
    public static IWhatsAppWebhookBuilder AddWhatsAppWebhooks(this IServiceCollection services) =>
        services.AddWhatsAppWebhooks(static _ => { });

    /// <summary>
    /// Registers the webhook services. The app secret and verify token are read from the <see cref="WhatsAppOptions"/>
    /// registration named <see cref="WhatsAppWebhookOptions.ClientName"/> (the default one unless set), configured by
    /// <c>AddWhatsAppCloudApi</c> or <c>Configure&lt;WhatsAppOptions&gt;</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the webhook options.</param>
    /// <returns>A builder to add handlers.</returns>
    public static IWhatsAppWebhookBuilder AddWhatsAppWebhooks(this IServiceCollection services, Action<WhatsAppWebhookOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<WhatsAppWebhookOptions>().ValidateOnStart();
        services.Configure(configure);

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WhatsAppWebhookOptions>, WhatsAppWebhookOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWebhookDeduplicationStore, MemoryWebhookDeduplicationStore>();
        services.TryAddSingleton(static provider => new WebhookMetrics(provider.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<IWebhookDispatcher, WebhookDispatcher>();
        services.TryAddSingleton<ConsumedReplies>();
        services.TryAddSingleton(static provider => new ConversationWaiters(
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ConversationWaiters>>(), provider.GetService<IConversationBackplane>()));
        services.TryAddSingleton<IWhatsAppConversations>(static provider => provider.GetRequiredService<ConversationWaiters>());
        services.TryAddSingleton<ConversationArrivals>();
        services.TryAddSingleton<IWebhookInbox, MemoryWebhookInbox>();
        services.TryAddSingleton<WebhookEndpoint>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Hosting.IHostedService, MemoryWebhookInboxWorker>());
        return new WhatsAppWebhookBuilder(services);
    }

    /// <summary>
    /// Registers the webhook services reading the app secret and verify token of this client registration
    /// (sets <see cref="WhatsAppWebhookOptions.ClientName"/> to <see cref="IWhatsAppBuilder.Name"/>).
    /// </summary>
    /// <param name="builder">The client registration from <c>AddWhatsAppCloudApi</c>.</param>
    /// <param name="configure">Sets further webhook options, or <see langword="null"/>.</param>
    /// <returns>A builder to add handlers.</returns>
    public static IWhatsAppWebhookBuilder AddWebhooks(this IWhatsAppBuilder builder, Action<WhatsAppWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = builder.Name;
        return builder.Services.AddWhatsAppWebhooks(options =>
        {
            options.ClientName = name;
            configure?.Invoke(options);
        });
    }
}
