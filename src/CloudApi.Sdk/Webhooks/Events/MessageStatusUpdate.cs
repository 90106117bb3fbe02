namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// A status of a message the business sent (<c>value.statuses[]</c>): sent, delivered, read, failed, played. A group
/// send has <see cref="RecipientType"/> <c>group</c>, the group id in <see cref="RecipientId"/> and the participant in
/// <see cref="RecipientParticipantId"/>. Statuses of calls are <see cref="CallStatusUpdate"/>.
/// </summary>
public sealed class MessageStatusUpdate : WebhookEvent
{
    internal MessageStatusUpdate()
    {
    }

    /// <summary>The id of the message the status is about (<c>id</c>, the <c>wamid</c> the send returned).</summary>
    public string MessageId { get; internal init; } = string.Empty;

    /// <summary>The status (<c>status</c>).</summary>
    public DeliveryStatus Status { get; internal init; }

    /// <summary>When the status happened (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</summary>
    public DateTimeOffset Timestamp { get; internal init; }

    /// <summary>The recipient's WhatsApp id or group id (<c>recipient_id</c>).</summary>
    public string? RecipientId { get; internal init; }

    /// <summary><c>group</c> for group messages (<c>recipient_type</c>); <see langword="null"/> for individuals.</summary>
    public string? RecipientType { get; internal init; }

    /// <summary>The group participant the status is about (<c>recipient_participant_id</c>).</summary>
    public string? RecipientParticipantId { get; internal init; }

    /// <summary>The recipient's business-scoped user id (<c>recipient_user_id</c>).</summary>
    public string? RecipientUserId { get; internal init; }

    /// <summary>
    /// The <c>biz_opaque_callback_data</c> the business set when sending. For a campaign's message it is the caller's own
    /// data: the campaign's marker is taken off (it stays in <see cref="WebhookEvent.RawJson"/>).
    /// </summary>
    public string? BizOpaqueCallbackData { get; internal init; }

    /// <summary>The campaign marker that ended <c>biz_opaque_callback_data</c>, if any (see <see cref="CallbackDataMarker"/>).</summary>
    internal string? CampaignMarker { get; init; }

    /// <summary>The conversation (<c>conversation</c>), when Meta sent one.</summary>
    public StatusConversation? Conversation { get; internal init; }

    /// <summary>The pricing (<c>pricing</c>), on <c>sent</c> and one of <c>delivered</c>/<c>read</c>.</summary>
    public StatusPricing? Pricing { get; internal init; }

    /// <summary>Why the message failed (<c>errors</c>); empty unless <see cref="Status"/> is <see cref="DeliveryStatus.Failed"/>.</summary>
    public IReadOnlyList<WebhookError> Errors { get; internal init; } = [];

    /// <summary>The recipient's parent business-scoped user id (<c>recipient_parent_user_id</c>).</summary>
    public string? RecipientParentUserId { get; internal init; }

    /// <summary>The recipient's identity key hash (<c>recipient_identity_key_hash</c>).</summary>
    public string? RecipientIdentityKeyHash { get; internal init; }
}

/// <summary>The conversation of a status (<c>conversation</c>).</summary>
public sealed class StatusConversation
{
    internal StatusConversation(string? id, DateTimeOffset? expiresAt, string? originType)
    {
        Id = id;
        ExpiresAt = expiresAt;
        OriginType = originType;
    }

    /// <summary>The conversation id.</summary>
    public string? Id { get; }

    /// <summary>When it expires (<c>expiration_timestamp</c>), on <c>sent</c> only.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>The category that opened it (<c>origin.type</c>): <c>marketing</c>, <c>utility</c>, <c>service</c>, ...</summary>
    public string? OriginType { get; }
}

/// <summary>The pricing of a status (<c>pricing</c>).</summary>
public sealed class StatusPricing
{
    internal StatusPricing(bool? billable, string? pricingModel, string? type, string? category)
    {
        Billable = billable;
        PricingModel = pricingModel;
        Type = type;
        Category = category;
    }

    /// <summary>Whether it is billed (<c>billable</c>; being phased out by Meta).</summary>
    public bool? Billable { get; }

    /// <summary><c>PMP</c> (per message) or <c>CBP</c> (<c>pricing_model</c>).</summary>
    public string? PricingModel { get; }

    /// <summary><c>regular</c>, <c>free_customer_service</c> or <c>free_entry_point</c> (<c>type</c>).</summary>
    public string? Type { get; }

    /// <summary>The pricing category (<c>category</c>): <c>marketing</c>, <c>utility</c>, <c>authentication</c>, <c>service</c>, ...</summary>
    public string? Category { get; }
}
