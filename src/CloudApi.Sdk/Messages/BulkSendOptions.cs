namespace CloudApi.Sdk.Messages;

/// <summary>Settings of one bulk send.</summary>
public sealed class BulkSendOptions
{
    /// <summary>
    /// <value>How many sends may be in flight (or waiting for their slot) at once. Default 64; 1 to 10,000. The rate
    /// limiter sets the pace; this only bounds memory and must stay below <see cref="RateLimiting.WhatsAppRateLimitOptions.MaxQueueLength"/>.</value>
    /// </summary>
    public int MaxConcurrency { get; init; } = 64;

    /// <summary><value>Receives a <see cref="BulkSendProgress"/> after each message. Optional.</value></summary>
    public IProgress<BulkSendProgress>? Progress { get; init; }
}
