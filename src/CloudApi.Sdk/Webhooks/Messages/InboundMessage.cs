namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// A message a user sent to the business (<c>value.messages[]</c>). Match on the subclass for the type's content:
/// <see cref="TextMessageReceived"/>, <see cref="MediaMessageReceived"/> (image, audio, video, document, sticker),
/// <see cref="LocationMessageReceived"/>, ... A type the SDK does not know is an <see cref="UnknownMessageReceived"/>
/// with the raw JSON. Messages the business itself sent from the WhatsApp Business app arrive as <see cref="MessageEcho"/>.
/// </summary>
public abstract class InboundMessage : WebhookEvent
{
    private protected InboundMessage()
    {
    }

    private string _id = string.Empty;
    private string? _from;
    private string? _fromUserId;
    private DateTimeOffset _timestamp;
    private string _type = string.Empty;
    private MessageContext? _context;
    private MessageReferral? _referral;
    private IReadOnlyList<WebhookError> _errors = [];
    private string? _fromParentUserId;
    private string? _groupId;

    /// <summary>The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it.</summary>
    public string Id { get => _id; internal init => _id = value; }

    /// <summary>The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="FromUserId"/>.</summary>
    public string? From { get => _from; internal init => _from = value; }

    /// <summary>The sender's business-scoped user id (<c>from_user_id</c>), when sent.</summary>
    public string? FromUserId { get => _fromUserId; internal init => _fromUserId = value; }

    /// <summary>When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</summary>
    public DateTimeOffset Timestamp { get => _timestamp; internal init => _timestamp = value; }

    /// <summary>The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...).</summary>
    public string Type { get => _type; internal init => _type = value; }

    /// <summary>What the message replies to or was forwarded from (<c>context</c>), when present.</summary>
    public MessageContext? Context { get => _context; internal init => _context = value; }

    /// <summary>The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</summary>
    public MessageReferral? Referral { get => _referral; internal init => _referral = value; }

    /// <summary>The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none.</summary>
    public IReadOnlyList<WebhookError> Errors { get => _errors; internal init => _errors = value; }

    /// <summary>The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</summary>
    public string? FromParentUserId { get => _fromParentUserId; internal init => _fromParentUserId = value; }

    /// <summary>The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</summary>
    public string? GroupId { get => _groupId; internal init => _groupId = value; }

    /// <summary>The sender's profile from <see cref="WebhookEvent.Contacts"/>: the contact whose <c>wa_id</c> or <c>user_id</c> matches, else the only one.</summary>
    public WebhookContact? Sender
    {
        get
        {
            foreach (var contact in Contacts)
            {
                if ((From is not null && contact.WaId == From) || (FromUserId is not null && contact.UserId == FromUserId))
                {
                    return contact;
                }
            }

            return Contacts.Count == 1 ? Contacts[0] : null;
        }
    }

    internal void SetCommon(in InboundMessageFields fields)
    {
        _id = fields.Id ?? string.Empty;
        _from = fields.From;
        _fromUserId = fields.FromUserId;
        _timestamp = fields.Timestamp ?? default;
        _type = fields.Type ?? string.Empty;
        _context = fields.Context;
        _referral = fields.Referral;
        _errors = fields.Errors ?? [];
        _fromParentUserId = fields.FromParentUserId;
        _groupId = fields.GroupId;
    }
}

/// <summary>The properties every inbound message has, as the parser collects them.</summary>
internal struct InboundMessageFields
{
    public string? Id;
    public string? From;
    public string? FromUserId;
    public DateTimeOffset? Timestamp;
    public string? Type;
    public MessageContext? Context;
    public MessageReferral? Referral;
    public IReadOnlyList<WebhookError>? Errors;
    public string? FromParentUserId;
    public string? GroupId;
}
