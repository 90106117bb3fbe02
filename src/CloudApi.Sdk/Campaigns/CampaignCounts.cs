namespace CloudApi.Sdk.Campaigns;

/// <summary>How many messages of a campaign stand where: one count per <see cref="CampaignMessageState"/>, and the reach from the status webhooks.</summary>
public sealed record CampaignCounts
{
    /// <summary>Messages not sent yet.</summary>
    public long Pending { get; init; }

    /// <summary>Messages a worker is sending.</summary>
    public long InFlight { get; init; }

    /// <summary>Messages Meta accepted.</summary>
    public long Accepted { get; init; }

    /// <summary>Messages Meta or validation refused.</summary>
    public long Failed { get; init; }

    /// <summary>Messages whose outcome is unknown (waiting for a status webhook).</summary>
    public long OutcomeUnknown { get; init; }

    /// <summary>Messages cancelled before they were sent.</summary>
    public long NotSent { get; init; }

    /// <summary>Accepted messages that reached the user's device (status <c>delivered</c>, <c>read</c> or <c>played</c>).</summary>
    public long Delivered { get; init; }

    /// <summary>Accepted messages the user read (status <c>read</c> or <c>played</c>); a subset of <see cref="Delivered"/>.</summary>
    public long Read { get; init; }

    /// <summary>Accepted messages that could not be delivered (status <c>failed</c>).</summary>
    public long DeliveryFailed { get; init; }

    /// <summary>Every message counted: the sum of the six states.</summary>
    public long Total => Pending + InFlight + Accepted + Failed + OutcomeUnknown + NotSent;

    /// <summary>Messages with a final outcome for this run: accepted, failed or outcome unknown.</summary>
    public long Done => Accepted + Failed + OutcomeUnknown;
}
