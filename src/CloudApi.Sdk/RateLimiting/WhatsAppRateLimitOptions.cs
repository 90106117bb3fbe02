namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// Settings of one registration's rate limiter: it shapes every message send to Meta's throughput limit per business
/// number and to the pair limit per (number, recipient), and retries sends Meta refused for throttling. Set them with
/// <c>builder.ConfigureRateLimiting(o =&gt; ...)</c> or bind them from the registration's <c>RateLimiting</c> section.
/// </summary>
public sealed class WhatsAppRateLimitOptions
{
    /// <summary>
    /// <value>Whether sends go through the limiter. Default <see langword="true"/>. Turn it off only when something
    /// else in front of the SDK shapes traffic.</value>
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// <value>Messages per second per business number. Default <see cref="RateLimitDefaults.MessagesPerSecond"/> (80);
    /// 1 to <see cref="RateLimitDefaults.MaxMessagesPerSecond"/>. Sends are spaced evenly at 1 / (rate × (1 − <see cref="ThroughputHeadroom"/>)).</value>
    /// </summary>
    public int MessagesPerSecond { get; set; } = RateLimitDefaults.MessagesPerSecond;

    /// <summary>
    /// <value>The share of each number's rate kept free. Default <see cref="RateLimitDefaults.ThroughputHeadroom"/> (0.04: 80 mps
    /// is paced at 76.8); 0 to 0.5. Meta counts arrivals in a one-second window: sends paced at exactly the rate arrive
    /// bunched by network and scheduling jitter, and a window then holds more than the rate (130429). The headroom is the
    /// jitter budget: half for the way to Meta, half for a send that leaves late (checked when it wakes up for its slot
    /// and again just before its bytes are written); a send later than that leaves spaced from the others (one process)
    /// or takes a new slot (a store shared by several processes) rather than bunching with the next ones. 0 spaces sends
    /// at exactly 1/rate with no late-departure check (for a server that judges like the limiter, or a proxy that shapes
    /// again).</value>
    /// </summary>
    public double ThroughputHeadroom { get; set; } = RateLimitDefaults.ThroughputHeadroom;

    /// <summary>
    /// <value>Per-number overrides of <see cref="MessagesPerSecond"/>, keyed by phone-number id (e.g. 1,000 for a number
    /// Meta upgraded, 20 for a coexistence number). Empty by default; each value 1 to <see cref="RateLimitDefaults.MaxMessagesPerSecond"/>.</value>
    /// </summary>
    public IDictionary<string, int> NumberMessagesPerSecond { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>
    /// <value>How many sends of one number may wait for a throughput slot before a new one is refused with
    /// <see cref="RateLimitQueueFullException"/>. Default <see cref="RateLimitDefaults.MaxQueueLength"/>; 1 to 1,000,000.
    /// The queue is measured as time: a send that would wait longer than <c>MaxQueueLength / rate</c> is refused.</value>
    /// </summary>
    public int MaxQueueLength { get; set; } = RateLimitDefaults.MaxQueueLength;

    /// <summary>
    /// <value>Messages one recipient may receive at once before the pace of one per <see cref="PairInterval"/> applies.
    /// Default <see cref="RateLimitDefaults.PairBurst"/> (45); 1 to 45. A burst of N is paid back over N intervals.</value>
    /// </summary>
    public int PairBurst { get; set; } = RateLimitDefaults.PairBurst;

    /// <summary>
    /// <value>The pair limit's pace: one message per this interval to the same recipient. Default 6 seconds
    /// (<see cref="RateLimitDefaults.PairInterval"/>); 1 second to 1 hour.</value>
    /// </summary>
    public TimeSpan PairInterval { get; set; } = RateLimitDefaults.PairInterval;

    /// <summary>
    /// <value>Extra wait added when a send must wait for a pair slot (and to a fail-fast <c>RetryAfter</c>). Meta measures the
    /// pair limit at arrival: if the burst's first message took longer to arrive (a new connection) than the waiting one
    /// will, the exact slot could be a few milliseconds early and answered 131056. Default 500 ms; 0 to 10 seconds.</value>
    /// </summary>
    public TimeSpan PairSafetyMargin { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// <value>What a send does when its recipient has no pair slot now. Default <see cref="PairLimitPolicy.Wait"/>.</value>
    /// </summary>
    public PairLimitPolicy PairPolicy { get; set; } = PairLimitPolicy.Wait;

    /// <summary>
    /// <value>How many times a send Meta refused for throttling (131056, 130429, 4, 80007) is retried; 0 disables these
    /// retries. Default <see cref="RateLimitDefaults.MaxThrottlingRetries"/>; 0 to 10. Safe: Meta did not accept those sends.</value>
    /// </summary>
    public int MaxThrottlingRetries { get; set; } = RateLimitDefaults.MaxThrottlingRetries;

    /// <summary>
    /// <value>The cap of the 4^X-second backoff between throttling retries (1, 4, 16, 64 s, ...). Default 64 seconds;
    /// 1 second to 1 hour.</value>
    /// </summary>
    public TimeSpan MaxThrottlingRetryDelay { get; set; } = RateLimitDefaults.MaxThrottlingRetryDelay;

    /// <summary>The rate of <paramref name="phoneNumberId"/>: its override, else <see cref="MessagesPerSecond"/>.</summary>
    /// <param name="phoneNumberId">A business phone-number id.</param>
    /// <returns>Messages per second.</returns>
    public int GetMessagesPerSecond(string phoneNumberId) =>
        NumberMessagesPerSecond.TryGetValue(phoneNumberId, out var rate) ? rate : MessagesPerSecond;

    internal WhatsAppRateLimitOptions Clone()
    {
        var clone = new WhatsAppRateLimitOptions
        {
            Enabled = Enabled,
            MessagesPerSecond = MessagesPerSecond,
            ThroughputHeadroom = ThroughputHeadroom,
            MaxQueueLength = MaxQueueLength,
            PairBurst = PairBurst,
            PairInterval = PairInterval,
            PairPolicy = PairPolicy,
            PairSafetyMargin = PairSafetyMargin,
            MaxThrottlingRetries = MaxThrottlingRetries,
            MaxThrottlingRetryDelay = MaxThrottlingRetryDelay,
        };
        foreach (var (number, rate) in NumberMessagesPerSecond)
        {
            clone.NumberMessagesPerSecond[number] = rate;
        }

        return clone;
    }
}
