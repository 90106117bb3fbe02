namespace CloudApi.Sdk.RateLimiting;

/// <summary>Meta's documented limits, used as the defaults of <see cref="WhatsAppRateLimitOptions"/>.</summary>
public static class RateLimitDefaults
{
    /// <summary>Messages per second a registered business number may send (Meta's default tier).</summary>
    public const int MessagesPerSecond = 80;

    /// <summary>The share of each number's rate the limiter keeps free as a jitter budget (4 %: 80 mps is paced at 76.8).</summary>
    public const double ThroughputHeadroom = 0.04;

    /// <summary>The highest per-number rate the options accept (numbers Meta has upgraded beyond 1,000 mps included).</summary>
    public const int MaxMessagesPerSecond = 100_000;

    /// <summary>Sends that may wait for a throughput slot per business number before new ones are refused.</summary>
    public const int MaxQueueLength = 1_000;

    /// <summary>How many messages one recipient may receive at once before the one-per-interval pace applies (Meta: 45).</summary>
    public const int PairBurst = 45;

    /// <summary>The pace of the pair limit once the burst is used: one message per 6 seconds to the same recipient.</summary>
    public static readonly TimeSpan PairInterval = TimeSpan.FromSeconds(6);

    /// <summary>How many times a send refused for throttling (131056, 130429, 4, 80007) is retried.</summary>
    public const int MaxThrottlingRetries = 4;

    /// <summary>The longest wait between throttling retries: 4^X seconds grows to it and stays there.</summary>
    public static readonly TimeSpan MaxThrottlingRetryDelay = TimeSpan.FromSeconds(64);
}
