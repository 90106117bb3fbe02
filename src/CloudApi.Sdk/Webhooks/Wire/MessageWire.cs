using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>A <c>messages[]</c> item (also an echo, a history message and an edit's new content): the common fields and every type's payload.</summary>
internal sealed class MessageWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? From { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonConverter(typeof(TolerantTokenConverter))]
    public string? Type { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? FromUserId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? FromParentUserId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? GroupId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? To { get; set; }

    public ContextWire? Context { get; set; }

    public ReferralWire? Referral { get; set; }

    public List<ErrorWire>? Errors { get; set; }

    public IdentityWire? Identity { get; set; }

    public TextWire? Text { get; set; }

    public MediaWire? Image { get; set; }

    public MediaWire? Audio { get; set; }

    public MediaWire? Video { get; set; }

    public MediaWire? Document { get; set; }

    public MediaWire? Sticker { get; set; }

    public LocationWire? Location { get; set; }

    public List<SharedContactWire>? Contacts { get; set; }

    public InteractiveWire? Interactive { get; set; }

    public ButtonWire? Button { get; set; }

    public ReactionWire? Reaction { get; set; }

    public OrderWire? Order { get; set; }

    [JsonPropertyName("system")]
    public SystemWire? SystemNotice { get; set; }

    public UnsupportedWire? Unsupported { get; set; }

    public EditWire? Edit { get; set; }

    public RevokeWire? Revoke { get; set; }

    public HistoryContextWire? HistoryContext { get; set; }
}

/// <summary><c>messages[].context</c>.</summary>
internal sealed class ContextWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? From { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(TolerantBoolConverter))]
    public bool? Forwarded { get; set; }

    [JsonConverter(typeof(TolerantBoolConverter))]
    public bool? FrequentlyForwarded { get; set; }

    public ReferredProductWire? ReferredProduct { get; set; }
}

/// <summary><c>context.referred_product</c>.</summary>
internal sealed class ReferredProductWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? CatalogId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ProductRetailerId { get; set; }
}

/// <summary><c>messages[].referral</c> (click-to-WhatsApp).</summary>
internal sealed class ReferralWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? SourceUrl { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? SourceId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? SourceType { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Headline { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Body { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MediaType { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ImageUrl { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? VideoUrl { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ThumbnailUrl { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? CtwaClid { get; set; }

    public WelcomeMessageWire? WelcomeMessage { get; set; }
}

/// <summary><c>referral.welcome_message</c>.</summary>
internal sealed class WelcomeMessageWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Text { get; set; }
}

/// <summary><c>text</c>.</summary>
internal sealed class TextWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Body { get; set; }
}

/// <summary><c>image</c>, <c>audio</c>, <c>video</c>, <c>document</c> or <c>sticker</c>.</summary>
internal sealed class MediaWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(TolerantTokenConverter))]
    public string? MimeType { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Sha256 { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Url { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Caption { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Filename { get; set; }

    [JsonConverter(typeof(TolerantBoolConverter))]
    public bool? Voice { get; set; }

    [JsonConverter(typeof(TolerantBoolConverter))]
    public bool? Animated { get; set; }
}

/// <summary><c>location</c>.</summary>
internal sealed class LocationWire
{
    [JsonConverter(typeof(TolerantDoubleConverter))]
    public double? Latitude { get; set; }

    [JsonConverter(typeof(TolerantDoubleConverter))]
    public double? Longitude { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Name { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Address { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Url { get; set; }
}

/// <summary>A shared contact card (<c>contacts[]</c> of a contacts message).</summary>
internal sealed class SharedContactWire
{
    public ContactNameWire? Name { get; set; }

    public List<ContactPhoneWire>? Phones { get; set; }

    public List<ContactEmailWire>? Emails { get; set; }

    public List<ContactUrlWire>? Urls { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Birthday { get; set; }

    public ContactOrgWire? Org { get; set; }
}

/// <summary>A card's <c>name</c>.</summary>
internal sealed class ContactNameWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? FormattedName { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? FirstName { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? LastName { get; set; }
}

/// <summary>A card's <c>phones[]</c> item.</summary>
internal sealed class ContactPhoneWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Phone { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Type { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? WaId { get; set; }
}

/// <summary>A card's <c>emails[]</c> item.</summary>
internal sealed class ContactEmailWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Email { get; set; }
}

/// <summary>A card's <c>urls[]</c> item.</summary>
internal sealed class ContactUrlWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Url { get; set; }
}

/// <summary>A card's <c>org</c>.</summary>
internal sealed class ContactOrgWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Company { get; set; }
}

/// <summary><c>interactive</c>: the reply kind and its object.</summary>
internal sealed class InteractiveWire
{
    [JsonConverter(typeof(TolerantTokenConverter))]
    public string? Type { get; set; }

    public ReplyWire? ButtonReply { get; set; }

    public ReplyWire? ListReply { get; set; }

    public NfmReplyWire? NfmReply { get; set; }

    public CallPermissionReplyWire? CallPermissionReply { get; set; }
}

/// <summary><c>button_reply</c> or <c>list_reply</c>.</summary>
internal sealed class ReplyWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Title { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Description { get; set; }
}

/// <summary><c>nfm_reply</c> (a completed flow).</summary>
internal sealed class NfmReplyWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Name { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Body { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ResponseJson { get; set; }
}

/// <summary><c>call_permission_reply</c>.</summary>
internal sealed class CallPermissionReplyWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Response { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? ExpirationTimestamp { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ResponseSource { get; set; }

    [JsonConverter(typeof(TolerantBoolConverter))]
    public bool? IsPermanent { get; set; }
}

/// <summary><c>button</c> (a template quick reply).</summary>
internal sealed class ButtonWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Payload { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Text { get; set; }
}

/// <summary><c>reaction</c>.</summary>
internal sealed class ReactionWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? MessageId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Emoji { get; set; }
}

/// <summary><c>order</c>.</summary>
internal sealed class OrderWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? CatalogId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Text { get; set; }

    public List<OrderItemWire>? ProductItems { get; set; }
}

/// <summary><c>order.product_items[]</c>.</summary>
internal sealed class OrderItemWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ProductRetailerId { get; set; }

    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? Quantity { get; set; }

    [JsonConverter(typeof(TolerantDecimalConverter))]
    public decimal? ItemPrice { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Currency { get; set; }
}

/// <summary><c>system</c>.</summary>
internal sealed class SystemWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Body { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Type { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? WaId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? NewWaId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? UserId { get; set; }

    public IdentityWire? Identity { get; set; }
}

/// <summary><c>identity</c> (after <c>customer_identity_changed</c>).</summary>
internal sealed class IdentityWire
{
    [JsonConverter(typeof(TolerantBoolConverter))]
    public bool? Acknowledged { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? CreatedTimestamp { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Hash { get; set; }
}

/// <summary><c>unsupported</c>.</summary>
internal sealed class UnsupportedWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Type { get; set; }
}

/// <summary><c>edit</c>: the new content of an edited message.</summary>
internal sealed class EditWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? OriginalMessageId { get; set; }

    public MessageWire? Message { get; set; }
}

/// <summary><c>revoke</c>: a deleted message.</summary>
internal sealed class RevokeWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? OriginalMessageId { get; set; }
}

/// <summary><c>history_context</c> of a history message.</summary>
internal sealed class HistoryContextWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Status { get; set; }
}
