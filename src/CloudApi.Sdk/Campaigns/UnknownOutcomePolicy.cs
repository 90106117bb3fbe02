namespace CloudApi.Sdk.Campaigns;

/// <summary>What happens to a message whose outcome stays unknown (no status webhook resolved it) for <see cref="CampaignInfo.UnknownOutcomeTimeout"/>.</summary>
public enum UnknownOutcomePolicy
{
    /// <summary>
    /// Keep it as <see cref="CampaignMessageState.OutcomeUnknown"/> and report it (the default): nothing is ever sent twice, but
    /// a message Meta did accept whose webhooks never arrived stays unknown.
    /// </summary>
    Report = 0,

    /// <summary>
    /// Send it again. Every message is then tried until it has a known outcome, but a message Meta accepted whose status
    /// webhook is late or lost is delivered twice.
    /// </summary>
    Resend = 1,
}
