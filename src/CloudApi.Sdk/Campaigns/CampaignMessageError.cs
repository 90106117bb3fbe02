namespace CloudApi.Sdk.Campaigns;

/// <summary>Why a campaign message failed (or why its outcome is unknown), as data a store can keep.</summary>
public sealed record CampaignMessageError
{
    /// <summary>The name of the exception type that ended the send, e.g. <c>WhatsAppApiException</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The Graph error code (e.g. <c>131026</c>), when Meta answered with one.</summary>
    public int? Code { get; init; }

    /// <summary>The error's message (never a secret: the SDK's exceptions carry none).</summary>
    public required string Message { get; init; }
}
