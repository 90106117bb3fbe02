using CloudApi.Sdk.RateLimiting;

namespace CloudApi.Sdk.Campaigns;

/// <summary>How <see cref="WhatsAppCampaigns"/> is built without dependency injection.</summary>
public sealed class WhatsAppCampaignsOptions
{
    /// <summary><value>The clock of heartbeats, polls and the unknown-outcome timeout. Default <see cref="TimeProvider.System"/>.</value></summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>
    /// <value>The rate limits the time-left estimate assumes (throughput per number, pair interval and burst): give the
    /// client's own. Default: the SDK's defaults (80 messages per second, one message per 6 seconds per pair, burst 45).</value>
    /// </summary>
    public WhatsAppRateLimitOptions? RateLimiting { get; init; }
}
