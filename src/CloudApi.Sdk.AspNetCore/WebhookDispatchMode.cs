namespace CloudApi.Sdk.AspNetCore;

/// <summary>When the webhook endpoint runs the handlers relative to its answer.</summary>
public enum WebhookDispatchMode
{
    /// <summary>
    /// The handlers run during the request and the endpoint answers 200 after they finish (a failing handler is logged
    /// and still answered 200). Simple and lossless while the process lives; keep handlers fast (Meta expects an answer
    /// within seconds and retries otherwise).
    /// </summary>
    Inline = 0,

    /// <summary>
    /// The endpoint verifies, parses, queues the notification and answers 200 at once; a background service runs the
    /// handlers. When the bounded queue is full the endpoint answers 503 so Meta delivers again later. Notifications
    /// still queued when the process dies are lost (Meta was already answered).
    /// </summary>
    Queued = 1,
}
