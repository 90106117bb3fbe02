namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// Settings of the webhook endpoint. The app secret and verify token themselves come from <see cref="WhatsAppOptions"/>
/// (<see cref="WhatsAppOptions.AppSecret"/>, <see cref="WhatsAppOptions.VerifyToken"/>) of the registration named
/// <see cref="ClientName"/>.
/// </summary>
public sealed class WhatsAppWebhookOptions
{
    /// <summary>The default <see cref="MaxBodySize"/>: 4 MiB, Meta's 3 MB payload limit plus a margin.</summary>
    public const long DefaultMaxBodySize = 4 * 1024 * 1024;

    /// <summary>
    /// <value>The name of the <see cref="WhatsAppOptions"/> registration that holds the app secret and verify token.
    /// Default <see cref="string.Empty"/> (the default registration).</value>
    /// </summary>
    public string ClientName { get; set; } = string.Empty;

    /// <summary>
    /// <value>Further app secrets accepted besides <see cref="WhatsAppOptions.AppSecret"/>, while an app secret is rotated.
    /// Default empty.</value>
    /// </summary>
    public IList<string> AdditionalAppSecrets { get; } = [];

    /// <summary>
    /// <value>The largest body accepted, in bytes; larger ones get 413. Default <see cref="DefaultMaxBodySize"/>; 1 KiB to 64 MiB.</value>
    /// </summary>
    public long MaxBodySize { get; set; } = DefaultMaxBodySize;

    /// <summary>
    /// <value>Whether events already handled are dropped when Meta delivers them again (messages by id, statuses by id and
    /// status). An event is recorded as handled once all its handlers succeeded. Default <see langword="true"/>.</value>
    /// </summary>
    public bool Deduplicate { get; set; } = true;

    /// <summary>
    /// <value>How many event keys the in-memory de-duplication remembers (oldest forgotten first; about 200 bytes each).
    /// Default 100,000; 1 to 10,000,000. Not used by the distributed-cache store.</value>
    /// </summary>
    public int DeduplicationCapacity { get; set; } = 100_000;

    /// <summary>
    /// <value>How long an event key is remembered. Default 7 days (Meta retries for up to 7 days); 1 minute to 30 days.</value>
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// <value>Whether handlers run before the endpoint answers (<see cref="WebhookDispatchMode.Inline"/>, the default)
    /// or after, from the <see cref="IWebhookInbox"/> (<see cref="WebhookDispatchMode.Queued"/>; in memory unless another inbox
    /// is registered).</value>
    /// </summary>
    public WebhookDispatchMode DispatchMode { get; set; } = WebhookDispatchMode.Inline;

    /// <summary>
    /// <value>In queued mode with the in-memory inbox, how many notifications (request bodies) may wait; when full the
    /// endpoint answers 503 and Meta retries later. Default 1,000; 1 to 1,000,000.</value>
    /// </summary>
    public int QueueCapacity { get; set; } = 1_000;

    /// <summary>
    /// <value>In queued mode with the in-memory inbox, how many notifications are dispatched at once. Default 1 (events
    /// handled in arrival order); 1 to 64.</value>
    /// </summary>
    public int QueueWorkers { get; set; } = 1;
}
