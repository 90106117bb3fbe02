using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.AspNetCore.Campaigns;

/// <summary>
/// Feeds every message status to the receiving registration's campaigns (<see cref="IWhatsAppCampaigns.ApplyStatusAsync"/>),
/// which resolve the message by the marker the parser took off <c>biz_opaque_callback_data</c>. A store failure fails the
/// event, so it is delivered again (inline: Meta redelivers; a durable inbox retries) and no status is lost.
/// </summary>
internal sealed class CampaignReconciliationHandler : IWhatsAppWebhookHandler
{
    public async Task HandleAsync(WebhookEvent webhookEvent, WebhookContext context, CancellationToken cancellationToken)
    {
        if (webhookEvent is not MessageStatusUpdate status)
        {
            return;
        }

        var campaigns = context.Services.GetKeyedService<IWhatsAppCampaigns>(context.ClientName)
            ?? throw new InvalidOperationException($"Campaign reconciliation is on, but registration '{context.ClientName}' has no campaigns: call AddCampaigns() on it.");
        await campaigns.ApplyStatusAsync(status, cancellationToken).ConfigureAwait(false);
    }
}
