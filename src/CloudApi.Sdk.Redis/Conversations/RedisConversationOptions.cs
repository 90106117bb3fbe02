namespace CloudApi.Sdk.Redis.Conversations;

/// <summary>Settings of the Redis conversation backplane (<c>UseRedisConversations</c>).</summary>
public sealed class RedisConversationOptions
{
    /// <summary>
    /// <value>The prefix of the keys announcing waits (<c>{prefix}:waiting:{user}</c>) and of the instances' channels
    /// (<c>{prefix}:instance:{id}</c>). Instances sharing it share conversations. Default <c>cloudapi:conversations</c>.</value>
    /// </summary>
    public string KeyPrefix { get; set; } = "cloudapi:conversations";

    /// <summary>
    /// <value>How long an instance that received an answer waits for the waiting instance to say whether it took it; after
    /// that the message is handled where it arrived. Default 5 seconds; 100 ms to 1 minute.</value>
    /// </summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><value>The Redis database number. Default -1 (the connection's default).</value></summary>
    public int Database { get; set; } = -1;
}
