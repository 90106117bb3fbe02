using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.Templates;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Turns on the check of template messages against their approved definitions.</summary>
public static class WhatsAppTemplateCheckBuilderExtensions
{
    /// <summary>
    /// Checks every <see cref="CloudApi.Sdk.Messages.TemplateMessage"/> against the template's definition before sending it:
    /// the definition is fetched once (by name and language) and cached, and a message whose header, body or button
    /// parameters do not match it in count or names is refused with a <see cref="CloudApi.Sdk.WhatsAppValidationException"/>
    /// instead of failing at Meta with 132000 and friends. Needs <see cref="CloudApi.Sdk.WhatsAppOptions.BusinessAccountId"/>.
    /// </summary>
    /// <param name="builder">The registration.</param>
    /// <param name="timeToLive">How long a definition is trusted; default 10 minutes.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppBuilder CheckTemplatesBeforeSending(this IWhatsAppBuilder builder, TimeSpan? timeToLive = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = timeToLive is { } ttl ? new TemplateDefinitionCacheOptions { TimeToLive = ttl } : new TemplateDefinitionCacheOptions();
        TemplateSendChecks(builder.Services).Enable(builder.Name, options);
        return builder;
    }

    private static TemplateSendChecks TemplateSendChecks(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(TemplateSendChecks) && descriptor.ImplementationInstance is TemplateSendChecks existing)
            {
                return existing;
            }
        }

        var checks = new TemplateSendChecks();
        services.AddSingleton(checks);
        return checks;
    }
}
