namespace CloudApi.Sdk.Campaigns;

/// <summary>A campaign as a whole: its name, state, size and settings. Kept as data by an <see cref="ICampaignStore"/>.</summary>
public sealed record CampaignInfo
{
    /// <summary>The campaign's name, unique in its store.</summary>
    public required string Name { get; init; }

    /// <summary>Where the campaign stands.</summary>
    public CampaignRunState State { get; init; }

    /// <summary>How many messages it has; <see langword="null"/> until every message was added.</summary>
    public long? Total { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>How long an outcome may stay unknown before <see cref="UnknownOutcomePolicy"/> applies.</summary>
    public TimeSpan UnknownOutcomeTimeout { get; init; }

    /// <summary>What happens to an outcome still unknown after <see cref="UnknownOutcomeTimeout"/>.</summary>
    public UnknownOutcomePolicy UnknownOutcomePolicy { get; init; }
}
