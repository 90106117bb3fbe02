namespace CloudApi.Sdk.Redis.Webhooks;

/// <summary>
/// Settings of the Redis Streams webhook inbox (<c>UseRedisInbox</c>). Every app instance with the same
/// <see cref="StreamKey"/> and <see cref="ConsumerGroup"/> shares one inbox: whichever instance Meta posts to adds the
/// notification, and workers in all instances take turns on it.
/// </summary>
public sealed class RedisWebhookInboxOptions
{
    /// <summary>
    /// <value>The stream holding the notifications not yet handled (handled ones are deleted). Default
    /// <c>cloudapi:webhooks</c>.</value>
    /// </summary>
    public string StreamKey { get; set; } = "cloudapi:webhooks";

    /// <summary><value>The consumer group all instances read through. Default <c>cloudapi-webhooks</c>.</value></summary>
    public string ConsumerGroup { get; set; } = "cloudapi-webhooks";

    /// <summary>
    /// <value>This instance's consumer name in the group; unique per running process. Default <see langword="null"/>: the
    /// machine name, process id and a random suffix.</value>
    /// </summary>
    public string? ConsumerName { get; set; }

    /// <summary>
    /// <value>How many notifications this instance handles at once. Default 1 (in order within the instance); 0 to 64. With 0
    /// the instance only adds to the inbox, and other instances handle.</value>
    /// </summary>
    public int Workers { get; set; } = 1;

    /// <summary><value>How many entries a worker reads per round trip. Default 10; 1 to 1,000.</value></summary>
    public int BatchSize { get; set; } = 10;

    /// <summary>
    /// <value>How long an idle worker waits before looking for entries again. Entries added by any instance wake the workers
    /// at once (Redis pub/sub), so this only bounds the delay when such a wake-up is missed. Default 1 second; 10 ms to 1 minute.</value>
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// <value>How long an entry may stay delivered but unacknowledged before another worker takes it over (XAUTOCLAIM): the
    /// delay before a failed notification is retried, or before one held by a crashed instance is handled elsewhere. Keep it
    /// above the longest time a worker takes for one batch (<see cref="BatchSize"/> notifications), or a slow one is taken
    /// over while still being handled. Default 1 minute; 100 ms to 1 day.</value>
    /// </summary>
    public TimeSpan ClaimIdleTime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// <value>How many times an entry is delivered before it counts as poison: it then moves to
    /// <see cref="DeadLetterStreamKey"/> (with its body, id and delivery count) and is logged as an error, so one bad
    /// notification cannot block or loop forever. Default 5; 1 to 1,000.</value>
    /// </summary>
    public int MaxDeliveries { get; set; } = 5;

    /// <summary><value>The dead-letter stream. Default <see langword="null"/>: <see cref="StreamKey"/> followed by <c>:dead</c>.</value></summary>
    public string? DeadLetterStreamKey { get; set; }

    /// <summary><value>About how many entries the dead-letter stream keeps (oldest trimmed first). Default 10,000; 1 to 10,000,000.</value></summary>
    public int DeadLetterMaxLength { get; set; } = 10_000;

    /// <summary><value>The Redis database number. Default -1 (the connection's default).</value></summary>
    public int Database { get; set; } = -1;
}
