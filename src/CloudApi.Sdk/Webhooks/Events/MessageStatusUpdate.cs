namespace CloudApi.Sdk.Webhooks;

/// <summary>A status of a message the business sent (<c>value.statuses[]</c>): sent, delivered, read, failed, played.</summary>
public sealed record MessageStatusUpdate : WebhookEvent
{
    /// <summary>The id of the message the status is about (<c>id</c>, the <c>wamid</c> the send returned).</summary>
    public string MessageId { get; init; } = string.Empty;

    /// <summary>The status (<c>status</c>).</summary>
    public DeliveryStatus Status { get; init; }

    /// <summary>When the status happened (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The recipient's WhatsApp id or group id (<c>recipient_id</c>).</summary>
    public string? RecipientId { get; init; }

    /// <summary><c>group</c> for group messages (<c>recipient_type</c>); <see langword="null"/> for individuals.</summary>
    public string? RecipientType { get; init; }

    /// <summary>The group participant the status is about (<c>recipient_participant_id</c>).</summary>
    public string? RecipientParticipantId { get; init; }

    /// <summary>The recipient's business-scoped user id (<c>recipient_user_id</c>).</summary>
    public string? RecipientUserId { get; init; }

    /// <summary>The <c>biz_opaque_callback_data</c> the business set when sending.</summary>
    public string? BizOpaqueCallbackData { get; init; }

    /// <summary>The conversation (<c>conversation</c>), when Meta sent one.</summary>
    public StatusConversation? Conversation { get; init; }

    /// <summary>The pricing (<c>pricing</c>), on <c>sent</c> and one of <c>delivered</c>/<c>read</c>.</summary>
    public StatusPricing? Pricing { get; init; }

    /// <summary>Why the message failed (<c>errors</c>); empty unless <see cref="Status"/> is <see cref="DeliveryStatus.Failed"/>.</summary>
    public IReadOnlyList<WebhookError> Errors { get; init; } = [];
}

/// <summary>The conversation of a status (<c>conversation</c>).</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="ExpiresAt">When it expires (<c>expiration_timestamp</c>), on <c>sent</c> only.</param>
/// <param name="OriginType">The category that opened it (<c>origin.type</c>): <c>marketing</c>, <c>utility</c>, <c>service</c>, ...</param>
public sealed record StatusConversation(string? Id, DateTimeOffset? ExpiresAt, string? OriginType);

/// <summary>The pricing of a status (<c>pricing</c>).</summary>
/// <param name="Billable">Whether it is billed (<c>billable</c>; being phased out by Meta).</param>
/// <param name="PricingModel"><c>PMP</c> (per message) or <c>CBP</c> (<c>pricing_model</c>).</param>
/// <param name="Type"><c>regular</c>, <c>free_customer_service</c> or <c>free_entry_point</c> (<c>type</c>).</param>
/// <param name="Category">The pricing category (<c>category</c>): <c>marketing</c>, <c>utility</c>, <c>authentication</c>, <c>service</c>, ...</param>
public sealed record StatusPricing(bool? Billable, string? PricingModel, string? Type, string? Category);
