namespace CloudApi.Sdk.Campaigns;

/// <summary>A snapshot of a campaign's progress: its state, counts, pace and an estimate of the time left.</summary>
public sealed record CampaignProgress
{
    /// <summary>The campaign's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where the campaign stands.</summary>
    public CampaignRunState State { get; init; }

    /// <summary>How many messages the campaign has; <see langword="null"/> while they are still being added.</summary>
    public long? Total { get; init; }

    /// <summary>How many messages stand where, and the reach from the status webhooks.</summary>
    public required CampaignCounts Counts { get; init; }

    /// <summary>Messages still to send: pending, in flight or released unsent.</summary>
    public long Remaining => Counts.Pending + Counts.InFlight + Counts.NotSent;

    /// <summary>
    /// How many messages per second got an outcome lately (over the last minute of this process's observations of the
    /// store); <see langword="null"/> before two observations.
    /// </summary>
    public double? MessagesPerSecond { get; init; }

    /// <summary>
    /// An estimate of the time until every remaining message is sent: the longest of what the throughput limit of each
    /// sending number needs, what the pair limit needs for the recipient with the most remaining messages (one per
    /// pair interval, 6 seconds by default, once the burst is spent), and what the observed rate needs.
    /// <see langword="null"/> while messages are still being added; zero when nothing is left.
    /// </summary>
    public TimeSpan? EstimatedTimeRemaining { get; init; }

    /// <summary>When the snapshot was taken.</summary>
    public DateTimeOffset Timestamp { get; init; }
}
