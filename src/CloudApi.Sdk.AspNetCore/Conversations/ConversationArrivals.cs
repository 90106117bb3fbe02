using CloudApi.Sdk.AspNetCore.Deduplication;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Conversations;

/// <summary>
/// Offers each inbound message of a verified notification to the waits, here and (through the backplane) in other
/// instances, before the endpoint dispatches or queues it. A message a wait takes is recorded as handled, in the
/// de-duplication store (shared across instances when it is) and locally, so no handler runs for it wherever the
/// notification is dispatched. A message already handled (a redelivery) is not offered: an old answer must not answer
/// a new question.
/// </summary>
internal sealed class ConversationArrivals(
    ConversationWaiters waiters,
    ConsumedReplies consumed,
    IWebhookDeduplicationStore deduplication,
    IOptionsMonitor<WhatsAppWebhookOptions> options,
    ILogger<ConversationArrivals> logger,
    IConversationBackplane? backplane = null)
{
    public async ValueTask OfferAsync(WebhookNotification notification, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        foreach (var webhookEvent in notification.Events)
        {
            if (webhookEvent is not InboundMessage { Id.Length: > 0 } message || ConversationUser.Of(message) is null)
            {
                continue;
            }

            var local = waiters.IsWaitingFor(message);
            if (!local && backplane is null)
            {
                continue;
            }

            var key = DeduplicationKeys.For(message)!;
            if (consumed.Contains(message.Id) || (settings.Deduplicate && await IsHandledAsync(key, cancellationToken).ConfigureAwait(false)))
            {
                continue;
            }

            var taken = local && waiters.TryDeliver(message);
            var where = string.Empty;
            if (!taken && backplane is not null)
            {
                taken = await TryDeliverElsewhereAsync(message, body, cancellationToken).ConfigureAwait(false);
                where = " in another instance";
            }

            if (taken)
            {
                ConversationLog.Consumed(logger, message.Id, where);
                consumed.Add(message.Id);
                if (settings.Deduplicate)
                {
                    await MarkHandledAsync(key, settings.DeduplicationWindow, message.Id).ConfigureAwait(false);
                }
            }
        }
    }

    private async ValueTask<bool> IsHandledAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await deduplication.IsHandledAsync(key, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The dispatcher meets the same outage and handles the event anyway; so may a wait.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Dispatch.WebhookLog.DeduplicationFailed(logger, e, key);
            return false;
        }
    }

    private async ValueTask<bool> TryDeliverElsewhereAsync(InboundMessage message, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        try
        {
            return await backplane!.TryDeliverAsync(message, body, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Without the backplane the message is handled here as any other.
        catch (Exception e)
#pragma warning restore CA1031
        {
            ConversationLog.BackplaneFailed(logger, e, "deliver");
            return false;
        }
    }

    // Not cancellable: a wait took the message, so the record must be written.
    private async ValueTask MarkHandledAsync(string key, TimeSpan window, string messageId)
    {
        try
        {
            await deduplication.MarkHandledAsync(key, window, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Locally the message is skipped anyway; elsewhere a handler may see it too (logged).
        catch (Exception e)
#pragma warning restore CA1031
        {
            ConversationLog.ConsumedNotRecorded(logger, e, messageId);
        }
    }
}
