namespace CloudApi.Sdk.Redis;

/// <summary>Settings of <see cref="RedisRateLimitStore"/>.</summary>
public sealed class RedisRateLimitStoreOptions
{
    /// <summary>
    /// <value>The prefix of every key the store writes. Default <c>cloudapi:rl</c>. Keys are
    /// <c>{prefix}:{{phone-number-id}}:t</c> (throughput) and <c>{prefix}:{{phone-number-id}}:p:{recipient}</c> (pairs); the
    /// hash tag keeps a number's keys in one cluster slot, so one script touches them atomically.</value>
    /// </summary>
    public string KeyPrefix { get; set; } = "cloudapi:rl";

    /// <summary>
    /// <value>Whether to keep sending under a local, in-process limiter while Redis cannot be reached. Default
    /// <see langword="false"/>: sends wait for Redis up to <see cref="OutageWait"/>, then fail with <c>RateLimitStoreUnavailableException</c>. The fallback starts as if
    /// every pair had just used its burst and every number had a full queue, but it limits this instance alone: several
    /// instances falling back at once can exceed a number's throughput together (Meta then answers 130429, which is backed off).</value>
    /// </summary>
    public bool FallbackToLocal { get; set; }

    /// <summary>
    /// <value>How long an acquire waits for an unreachable Redis to come back (polling the connection every 100 ms, and
    /// cancellably) before it throws <c>RateLimitStoreUnavailableException</c>. Default 30 seconds; zero throws at once.
    /// Not used with <see cref="FallbackToLocal"/>, which answers from the local limiter instead of waiting.</value>
    /// </summary>
    public TimeSpan OutageWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><value>The Redis database number. Default -1 (the connection's default).</value></summary>
    public int Database { get; set; } = -1;
}
