using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// Meta's answer to a send: the message was <b>accepted</b> (not yet delivered; statuses arrive as webhooks). The whole
/// answer is in <see cref="GraphResult.RawJson"/>, the HTTP response in <see cref="GraphResult.Response"/>.
/// </summary>
public sealed class SendMessageResult : GraphResult
{
    internal SendMessageResult(SendAnswer answer, GraphSource source)
        : base(source)
    {
        MessageId = answer.Id;
        WaId = answer.WaId;
        Input = answer.Input;
        MessageStatus = answer.Status;
        UserId = answer.UserId;
        GroupId = answer.GroupId;
    }

    /// <summary>The message id (<c>messages[0].id</c>, <c>wamid...</c>); status webhooks and replies refer to it.</summary>
    public string MessageId { get; }

    internal override string? TelemetryMessageId => MessageId;

    /// <summary>
    /// The recipient's WhatsApp id (<c>contacts[0].wa_id</c>, the normalized number), which may differ from what was sent;
    /// Meta returns it on sends by phone number only.
    /// </summary>
    public string? WaId { get; }

    /// <summary>The recipient's business-scoped user id (<c>contacts[0].user_id</c>); Meta returns it on sends by BSUID only.</summary>
    public string? UserId { get; }

    /// <summary>The group's id (<c>group_id</c>) on a group send.</summary>
    public string? GroupId { get; }

    /// <summary>The recipient as it was sent (<c>contacts[0].input</c>): the phone number, BSUID, parent BSUID or group id.</summary>
    public string? Input { get; }

    /// <summary>
    /// The <c>messages[0].message_status</c> (<c>accepted</c>, or <c>held_for_quality_assessment</c> for paced templates);
    /// <see langword="null"/> when absent.
    /// </summary>
    public MessageStatus? MessageStatus { get; }
}
