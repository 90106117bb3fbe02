using System.Diagnostics;

namespace CloudApi.Sdk.Diagnostics;

/// <summary>
/// The names to subscribe to the SDK's telemetry (<c>AddSource(WhatsAppDiagnostics.ActivitySourceName)</c>,
/// <c>AddMeter(WhatsAppDiagnostics.MeterName)</c>), and the spans of webhook handling for receivers that do not use the
/// CloudApi.Sdk.AspNetCore endpoint (which starts them itself). See docs/observability.md.
/// </summary>
public static class WhatsAppDiagnostics
{
    /// <summary>The name of the SDK's <see cref="ActivitySource"/>: <c>CloudApi.Sdk</c>.</summary>
    public const string ActivitySourceName = "CloudApi.Sdk";

    /// <summary>The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>CloudApi.Sdk</c>.</summary>
    public const string MeterName = "CloudApi.Sdk";

    /// <summary>
    /// Starts the span of a webhook notification's receipt (<c>whatsapp receive</c>, consumer); dispose it when the
    /// notification is answered.
    /// </summary>
    /// <param name="eventCount">How many events the notification holds (<c>messaging.batch.message_count</c>).</param>
    /// <returns>The span, or <see langword="null"/> when no listener records it.</returns>
    public static Activity? StartWebhookReceiveActivity(int eventCount)
    {
        if (!WhatsAppTelemetry.Source.HasListeners())
        {
            return null;
        }

        var activity = WhatsAppTelemetry.Source.StartActivity("whatsapp receive", ActivityKind.Consumer);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.MessagingSystem, TelemetryTags.WhatsApp);
            activity.SetTag(TelemetryTags.MessagingOperationName, "receive");
            activity.SetTag(TelemetryTags.MessagingOperationType, "receive");
            activity.SetTag(TelemetryTags.MessagingBatchCount, eventCount);
        }

        return activity;
    }

    /// <summary>
    /// Starts the span of one webhook event's handling (<c>process {eventType}</c>, consumer). A status webhook's
    /// <paramref name="messageId"/> is the wamid of the send it reports on: when this process sent that message while
    /// tracing (one of its last 10,000 traced sends), the span links to the send's span.
    /// </summary>
    /// <param name="eventType">The event's kind (its type name, such as <c>MessageStatusUpdate</c>).</param>
    /// <param name="messageId">The message id the event is about (<c>messaging.message.id</c>), if any.</param>
    /// <param name="phoneNumberId">The business phone-number id that received it (<c>messaging.destination.name</c>), if known.</param>
    /// <returns>The span, or <see langword="null"/> when no listener records it.</returns>
    public static Activity? StartWebhookEventActivity(string eventType, string? messageId, string? phoneNumberId)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        if (!WhatsAppTelemetry.Source.HasListeners())
        {
            return null;
        }

        ActivityLink[]? links = messageId is not null && SentMessageTraces.TryFind(messageId, out var send) ? [new ActivityLink(send)] : null;
        var activity = WhatsAppTelemetry.Source.StartActivity(ActivityKind.Consumer, default, tags: null, links, default, "process " + eventType);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.MessagingSystem, TelemetryTags.WhatsApp);
            activity.SetTag(TelemetryTags.MessagingOperationName, "process");
            activity.SetTag(TelemetryTags.MessagingOperationType, "process");
            activity.SetTag(TelemetryTags.EventType, eventType);
            if (phoneNumberId is not null)
            {
                activity.SetTag(TelemetryTags.MessagingDestinationName, phoneNumberId);
            }

            if (messageId is not null)
            {
                activity.SetTag(TelemetryTags.MessagingMessageId, messageId);
            }
        }

        return activity;
    }
}
