namespace CloudApi.Sdk.Campaigns;

/// <summary>The defaults of campaigns, in one place.</summary>
public static class CampaignDefaults
{
    /// <summary>How long an outcome may stay unknown before the campaign's <see cref="UnknownOutcomePolicy"/> applies: 10 minutes.</summary>
    public static readonly TimeSpan UnknownOutcomeTimeout = TimeSpan.FromMinutes(10);

    /// <summary>How many messages a creator adds to the store per call: 500.</summary>
    public const int AddBatchSize = 500;

    /// <summary>How many sends a worker has in flight at most: 64 (the rate limiter sets the pace).</summary>
    public const int MaxConcurrency = 64;

    /// <summary>How long a worker may go without a heartbeat before another takes its messages over: 30 seconds.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(30);

    /// <summary>How often an idle worker looks for work or for the campaign's end: 1 second.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>How many times <see cref="UnknownOutcomePolicy.Resend"/> sends one message at most (the first send included): 3.</summary>
    public const int MaxSendAttempts = 3;

    /// <summary>How long the per-recipient counts behind the time-left estimate are reused before they are read again: 10 seconds.</summary>
    public static readonly TimeSpan EstimateRefreshInterval = TimeSpan.FromSeconds(10);

    /// <summary>The longest campaign name: 200 characters.</summary>
    public const int MaxNameLength = 200;
}
