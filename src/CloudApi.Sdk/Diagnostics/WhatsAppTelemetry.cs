using System.Diagnostics;

namespace CloudApi.Sdk.Diagnostics;

/// <summary>
/// The SDK's <see cref="ActivitySource"/> and the spans it starts: one per Graph call, one per limiter wait, events for
/// retries. Every span and tag is created only when a listener samples it, so a process without tracing pays one
/// <see cref="ActivitySource.HasListeners"/> check per call. Times come from the call's <see cref="TimeProvider"/>, so a
/// wait on a fake clock has its fake length. Never a token, a secret or message content in a tag.
/// </summary>
internal static class WhatsAppTelemetry
{
    /// <summary>The name of the source (and of the meter): <c>CloudApi.Sdk</c>.</summary>
    public const string Name = WhatsAppDiagnostics.ActivitySourceName;

    public static readonly ActivitySource Source = new(Name, typeof(WhatsAppTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Starts the span of a message send (<c>send {type}</c>, producer).</summary>
    public static Activity? StartSend(string phoneNumberId, string messageType, string? recipient, string serverAddress, TimeProvider timeProvider)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(ActivityKind.Producer, default, tags: null, links: null, timeProvider.GetUtcNow(), "send " + messageType);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.MessagingSystem, TelemetryTags.WhatsApp);
            activity.SetTag(TelemetryTags.MessagingOperationName, "send");
            activity.SetTag(TelemetryTags.MessagingOperationType, "send");
            activity.SetTag(TelemetryTags.MessagingDestinationName, phoneNumberId);
            activity.SetTag(TelemetryTags.Operation, GraphOperations.SendMessage);
            activity.SetTag(TelemetryTags.MessageType, messageType);
            activity.SetTag(TelemetryTags.ServerAddress, serverAddress);
            if (recipient is not null)
            {
                activity.SetTag(TelemetryTags.Recipient, recipient);
            }
        }

        return activity;
    }

    /// <summary>Starts the span of any other Graph call, named after the call (<c>templates.list</c>, <c>GET {id}</c>).</summary>
    public static Activity? StartCall(string operation, string method, string serverAddress, TimeProvider timeProvider)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(ActivityKind.Client, default, tags: null, links: null, timeProvider.GetUtcNow(), operation);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.Operation, operation);
            activity.SetTag(TelemetryTags.HttpRequestMethod, method);
            activity.SetTag(TelemetryTags.ServerAddress, serverAddress);
        }

        return activity;
    }

    /// <summary>Completes a call's span: its status code, and for a send the message id Meta gave it.</summary>
    public static void Succeeded(Activity activity, int? statusCode, string? messageId, TimeProvider timeProvider)
    {
        if (activity.IsAllDataRequested)
        {
            if (statusCode is { } status)
            {
                activity.SetTag(TelemetryTags.HttpResponseStatusCode, status);
            }

            if (messageId is not null)
            {
                activity.SetTag(TelemetryTags.MessagingMessageId, messageId);
                SentMessageTraces.Remember(messageId, activity.Context);
            }
        }

        Stop(activity, timeProvider);
    }

    /// <summary>Completes a call's span as failed with <paramref name="errorType"/> (a Graph code, or an exception's type).</summary>
    public static void Failed(Activity activity, string errorType, int? statusCode, TimeProvider timeProvider)
    {
        if (activity.IsAllDataRequested)
        {
            activity.SetTag(TelemetryTags.ErrorType, errorType);
            if (statusCode is { } status)
            {
                activity.SetTag(TelemetryTags.HttpResponseStatusCode, status);
            }
        }

        // The description stays the error type: an exception's message may name the recipient.
        activity.SetStatus(ActivityStatusCode.Error, errorType);
        Stop(activity, timeProvider);
    }

    /// <summary>Starts the span of a limiter wait (<c>rate_limit wait</c>), a child of the send that waits.</summary>
    public static Activity? StartWait(string phoneNumberId, string reason, TimeSpan planned, TimeProvider timeProvider)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(ActivityKind.Internal, default, tags: null, links: null, timeProvider.GetUtcNow(), "rate_limit " + reason);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.WaitReason, reason);
            activity.SetTag(TelemetryTags.WaitPlanned, planned.TotalSeconds);
            activity.SetTag(TelemetryTags.MessagingDestinationName, phoneNumberId);
        }

        return activity;
    }

    /// <summary>
    /// Adds a <c>whatsapp.retry</c> event to the current span: the call is tried again after <paramref name="delay"/>
    /// (<paramref name="reason"/>: <c>throttling</c>, <c>connection</c>, <c>transient</c>).
    /// </summary>
    public static void Retrying(string reason, string? errorType, int attempt, TimeSpan delay, TimeProvider timeProvider)
    {
        if (Activity.Current is not { IsAllDataRequested: true } activity || activity.Source != Source)
        {
            return;
        }

        var tags = new ActivityTagsCollection
        {
            [TelemetryTags.RetryReason] = reason,
            [TelemetryTags.RetryAttempt] = attempt,
            [TelemetryTags.RetryDelay] = delay.TotalSeconds,
        };
        if (errorType is not null)
        {
            tags[TelemetryTags.ErrorType] = errorType;
        }

        activity.AddEvent(new ActivityEvent("whatsapp.retry", timeProvider.GetUtcNow(), tags));
    }

    /// <summary>
    /// Stops <paramref name="activity"/> at <paramref name="timeProvider"/>'s now. A span that took no time on a fake clock
    /// gets one tick, as <see cref="Activity.Stop"/> would otherwise end it on the system clock.
    /// </summary>
    public static void Stop(Activity? activity, TimeProvider timeProvider)
    {
        if (activity is null)
        {
            return;
        }

        var end = timeProvider.GetUtcNow().UtcDateTime;
        activity.SetEndTime(end > activity.StartTimeUtc ? end : activity.StartTimeUtc.AddTicks(1));
        activity.Stop();
    }
}
