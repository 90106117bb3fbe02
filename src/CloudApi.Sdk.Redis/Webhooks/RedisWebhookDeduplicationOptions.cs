namespace CloudApi.Sdk.Redis.Webhooks;

/// <summary>Settings of the Redis webhook de-duplication store (<c>UseRedisDeduplication</c>).</summary>
public sealed class RedisWebhookDeduplicationOptions
{
    /// <summary>
    /// <value>The prefix of each handled event's key: <c>{prefix}:{event key}</c>, e.g.
    /// <c>cloudapi:wh:handled:wa:m:wamid.…</c>; each expires after <c>DeduplicationWindow</c>. Default
    /// <c>cloudapi:wh:handled</c>.</value>
    /// </summary>
    public string KeyPrefix { get; set; } = "cloudapi:wh:handled";

    /// <summary><value>The Redis database number. Default -1 (the connection's default).</value></summary>
    public int Database { get; set; } = -1;
}
