namespace CloudApi.Sdk.Campaigns;

/// <summary>Where one message of a campaign stands.</summary>
public enum CampaignMessageState
{
    /// <summary>Not sent yet.</summary>
    Pending = 0,

    /// <summary>A worker recorded that it is about to write the request; it may or may not have reached Meta.</summary>
    InFlight = 1,

    /// <summary>Meta accepted the message: <see cref="CampaignMessage.MessageId"/> is known.</summary>
    Accepted = 2,

    /// <summary>Meta or the SDK's validation refused the message: <see cref="CampaignMessage.Error"/> says why. It was certainly not accepted.</summary>
    Failed = 3,

    /// <summary>The request may have been accepted (a timeout, a reset, a 5xx after it was written); a status webhook carrying the message's marker resolves it.</summary>
    OutcomeUnknown = 4,

    /// <summary>Cancelled before its request was written: certainly not accepted, safe to send again.</summary>
    NotSent = 5,
}
