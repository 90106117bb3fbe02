namespace CloudApi.Sdk.Campaigns;

/// <summary>Settings of a new campaign.</summary>
public sealed class CampaignCreateOptions
{
    /// <summary>
    /// <value>How long an outcome may stay unknown (no status webhook arrived for it) before <see cref="UnknownOutcomePolicy"/>
    /// applies. Default <see cref="CampaignDefaults.UnknownOutcomeTimeout"/> (10 minutes); 1 second to 7 days.</value>
    /// </summary>
    public TimeSpan UnknownOutcomeTimeout { get; init; } = CampaignDefaults.UnknownOutcomeTimeout;

    /// <summary>
    /// <value>What happens to an outcome still unknown after <see cref="UnknownOutcomeTimeout"/>. Default
    /// <see cref="UnknownOutcomePolicy.Report"/>: it is reported, never sent again.</value>
    /// </summary>
    public UnknownOutcomePolicy UnknownOutcomePolicy { get; init; } = UnknownOutcomePolicy.Report;

    /// <summary>
    /// <value>How many messages are added to the store per call while the messages are read. Default
    /// <see cref="CampaignDefaults.AddBatchSize"/> (500); 1 to 10,000.</value>
    /// </summary>
    public int BatchSize { get; init; } = CampaignDefaults.AddBatchSize;

    internal void Validate()
    {
        if (UnknownOutcomeTimeout < TimeSpan.FromSeconds(1) || UnknownOutcomeTimeout > TimeSpan.FromDays(7))
        {
            throw new ArgumentOutOfRangeException(nameof(UnknownOutcomeTimeout), UnknownOutcomeTimeout, "CampaignCreateOptions.UnknownOutcomeTimeout must be 1 second to 7 days.");
        }

        if (!Enum.IsDefined(UnknownOutcomePolicy))
        {
            throw new ArgumentOutOfRangeException(nameof(UnknownOutcomePolicy), UnknownOutcomePolicy, "CampaignCreateOptions.UnknownOutcomePolicy is not a known policy.");
        }

        if (BatchSize is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "CampaignCreateOptions.BatchSize must be 1 to 10,000.");
        }
    }
}
