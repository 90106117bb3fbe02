using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Campaigns;

/// <summary>
/// The durable record of one message of a campaign: what to send, and what became of it. Created by the campaign engine
/// and kept as data by an <see cref="ICampaignStore"/>; immutable (a store replaces it with a copy made by <c>with</c>).
/// </summary>
public sealed record CampaignMessage
{
    /// <summary>The message's position in the campaign, from 0 in the order the messages were given.</summary>
    public required long Index { get; init; }

    /// <summary>The recipient.</summary>
    public required WhatsAppRecipient Recipient { get; init; }

    /// <summary>The message type (the request's <c>type</c>, e.g. <c>text</c> or <c>template</c>).</summary>
    public required string MessageType { get; init; }

    /// <summary>The UTF-8 JSON object of the content, sent again as <c>new RawMessage(MessageType, Content)</c>.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The business phone-number id to send from; <see langword="null"/> for the client's default.</summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>The wamid the message replies to (<c>context.message_id</c>), if any.</summary>
    public string? ReplyToMessageId { get; init; }

    /// <summary>The caller's own <c>biz_opaque_callback_data</c> (without the campaign's marker).</summary>
    public string? CallbackData { get; init; }

    /// <summary>The marker the engine adds to <c>biz_opaque_callback_data</c>, unique per campaign message; statuses find the record by it.</summary>
    public required string Marker { get; init; }

    /// <summary>Where the message stands.</summary>
    public CampaignMessageState State { get; init; }

    /// <summary>The wamid, once Meta accepted the message (from the send's answer or from a status webhook).</summary>
    public string? MessageId { get; init; }

    /// <summary>Why it failed (or why its outcome is unknown); <see langword="null"/> otherwise.</summary>
    public CampaignMessageError? Error { get; init; }

    /// <summary>The furthest delivery status the webhooks reported (sent, delivered, read; failed is final).</summary>
    public DeliveryStatus? Delivery { get; init; }

    /// <summary>When the record last changed (the store's clock).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The pricing category of the last status that carried pricing (<c>pricing.category</c>).</summary>
    public string? PricingCategory { get; init; }

    /// <summary>The pricing model of the last status that carried pricing (<c>pricing.pricing_model</c>).</summary>
    public string? PricingModel { get; init; }

    /// <summary>Whether the message is billed (<c>pricing.billable</c>), when Meta said.</summary>
    public bool? Billable { get; init; }

    /// <summary>How many times a request for the message was written (or about to be).</summary>
    public int Attempts { get; init; }
}
