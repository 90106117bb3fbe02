namespace CloudApi.Sdk.AspNetCore;

/// <summary>When the webhook endpoint runs the handlers relative to its answer.</summary>
public enum WebhookDispatchMode
{
    /// <summary>
    /// The handlers run during the request. The endpoint answers 200 when every event was handled (or already had been),
    /// and 500 when a handler failed, so Meta delivers the notification again; events handled the first time are skipped
    /// then. Lossless; keep handlers fast (Meta expects an answer within seconds and redelivers otherwise).
    /// </summary>
    Inline = 0,

    /// <summary>
    /// The endpoint verifies, parses, adds the notification to the <see cref="IWebhookInbox"/> and answers 200 at once; the
    /// inbox's workers run the handlers. The default inbox is in memory, for development: what it holds when the process
    /// dies is lost, and a failed handler is only logged. With a durable inbox (<c>UseRedisInbox</c> in CloudApi.Sdk.Redis)
    /// nothing is lost: 200 comes only after the inbox stored the notification, and failed events are retried. A full or
    /// failing inbox is answered 503, so Meta delivers again later.
    /// </summary>
    Queued = 1,
}
