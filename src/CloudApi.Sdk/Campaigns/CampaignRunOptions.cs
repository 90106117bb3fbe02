namespace CloudApi.Sdk.Campaigns;

/// <summary>Settings of one worker of a campaign (<see cref="IWhatsAppCampaigns.RunAsync"/>).</summary>
public sealed class CampaignRunOptions
{
    /// <summary>
    /// <value>The worker's id, unique among the campaign's live workers (across processes). Default: a new random id per
    /// run. A restarted worker may reuse its id: it then takes its own claims back at once.</value>
    /// </summary>
    public string? WorkerId { get; init; }

    /// <summary>
    /// <value>How many sends the worker has in flight at most. Default <see cref="CampaignDefaults.MaxConcurrency"/> (64);
    /// 1 to 10,000. The client's rate limiter sets the pace; this only bounds the waiting sends.</value>
    /// </summary>
    public int MaxConcurrency { get; init; } = CampaignDefaults.MaxConcurrency;

    /// <summary>
    /// <value>How many messages the worker claims at once. Default: twice <see cref="MaxConcurrency"/>.</value>
    /// </summary>
    public int? ClaimSize { get; init; }

    /// <summary>
    /// <value>How long a worker may go without a heartbeat before another takes over the messages it holds. Default
    /// <see cref="CampaignDefaults.AbandonedAfter"/> (30 seconds); at least 1 second. The worker heartbeats every third
    /// of it. Use the same value in every worker of a campaign.</value>
    /// </summary>
    public TimeSpan AbandonedAfter { get; init; } = CampaignDefaults.AbandonedAfter;

    /// <summary>
    /// <value>How often an idle worker (campaign created, paused, or waiting for other workers or for status webhooks)
    /// looks again. Default <see cref="CampaignDefaults.PollInterval"/> (1 second).</value>
    /// </summary>
    public TimeSpan PollInterval { get; init; } = CampaignDefaults.PollInterval;

    /// <summary><value>Receives a snapshot after each claimed batch and at the end; <see langword="null"/> for none.</value></summary>
    public IProgress<CampaignProgress>? Progress { get; init; }

    internal int EffectiveClaimSize => ClaimSize ?? Math.Min(2 * MaxConcurrency, 10_000);

    internal TimeSpan HeartbeatInterval => AbandonedAfter / 3;

    internal void Validate()
    {
        if (MaxConcurrency is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "CampaignRunOptions.MaxConcurrency must be 1 to 10,000.");
        }

        if (ClaimSize is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(ClaimSize), ClaimSize, "CampaignRunOptions.ClaimSize must be 1 to 10,000.");
        }

        if (AbandonedAfter < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(AbandonedAfter), AbandonedAfter, "CampaignRunOptions.AbandonedAfter must be at least 1 second.");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "CampaignRunOptions.PollInterval must be positive.");
        }

        if (WorkerId is { Length: 0 or > 200 })
        {
            throw new ArgumentOutOfRangeException(nameof(WorkerId), WorkerId, "CampaignRunOptions.WorkerId must be 1 to 200 characters.");
        }
    }
}
