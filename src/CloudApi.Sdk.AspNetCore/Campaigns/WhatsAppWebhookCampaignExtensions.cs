using CloudApi.Sdk.Campaigns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CloudApi.Sdk.AspNetCore.Campaigns;

/// <summary>Connects the webhook endpoint to campaigns.</summary>
public static class WhatsAppWebhookCampaignExtensions
{
    /// <summary>
    /// Feeds every message status the endpoint receives to the receiving registration's <see cref="IWhatsAppCampaigns"/>
    /// (register them with <c>AddCampaigns()</c>): a campaign message whose send ended with an unknown outcome becomes
    /// accepted as soon as a status carrying its marker arrives, and each message follows its statuses to delivered, read
    /// or failed. It works the same inline, queued and with a durable inbox (every mode dispatches to handlers). The
    /// marker is taken off <see cref="Webhooks.MessageStatusUpdate.BizOpaqueCallbackData"/> by the parser, so your own
    /// handlers see your data only.
    /// </summary>
    /// <param name="builder">The webhook builder.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder AddCampaignReconciliation(this IWhatsAppWebhookBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IWhatsAppWebhookHandler, CampaignReconciliationHandler>());
        return builder;
    }
}
