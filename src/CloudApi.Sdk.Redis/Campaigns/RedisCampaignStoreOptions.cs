namespace CloudApi.Sdk.Redis.Campaigns;

/// <summary>Settings of <see cref="RedisCampaignStore"/>.</summary>
public sealed class RedisCampaignStoreOptions
{
    /// <summary>
    /// <value>The prefix of every key the store writes. Default <c>cloudapi:campaigns</c>. A campaign's keys are
    /// <c>{prefix}:{{name}}:...</c> (the hash tag keeps one campaign in one cluster slot, so one script changes its keys
    /// atomically); the marker index is <c>{prefix}:markers</c>.</value>
    /// </summary>
    public string KeyPrefix { get; set; } = "cloudapi:campaigns";

    /// <summary>
    /// <value>How many messages one round trip adds (<c>AddMessagesAsync</c> splits larger lists). Default 500; 1 to 10,000.
    /// Larger batches cost fewer round trips but hold Redis longer per script.</value>
    /// </summary>
    public int AddBatchSize { get; set; } = 500;

    /// <summary><value>The Redis database number. Default -1 (the connection's default).</value></summary>
    public int Database { get; set; } = -1;
}
