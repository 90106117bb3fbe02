namespace CloudApi.Sdk.Campaigns;

/// <summary>Where a campaign as a whole stands.</summary>
public enum CampaignRunState
{
    /// <summary>Created (its messages may still be being added); no worker sends yet.</summary>
    Created = 0,

    /// <summary>Started: workers claim and send its messages.</summary>
    Running = 1,

    /// <summary>Paused: workers stop claiming; messages they held unsent are released (<see cref="CampaignMessageState.NotSent"/>) until resumed.</summary>
    Paused = 2,

    /// <summary>Cancelled: nothing more is sent; final.</summary>
    Cancelled = 3,

    /// <summary>Every message has a final outcome; final.</summary>
    Completed = 4,
}
