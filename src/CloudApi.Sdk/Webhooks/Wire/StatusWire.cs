using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>A <c>statuses[]</c> item: of a message, or (<c>type: call</c>) of a business-initiated call.</summary>
internal sealed class StatusWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(TolerantTokenConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? RecipientId { get; set; }

    [JsonConverter(typeof(TolerantTokenConverter))]
    public string? RecipientType { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? RecipientParticipantId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? RecipientUserId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? RecipientParentUserId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? RecipientIdentityKeyHash { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? BizOpaqueCallbackData { get; set; }

    [JsonConverter(typeof(TolerantTokenConverter))]
    public string? Type { get; set; }

    public ConversationWire? Conversation { get; set; }

    public PricingWire? Pricing { get; set; }

    public List<ErrorWire>? Errors { get; set; }
}

/// <summary><c>statuses[].conversation</c>.</summary>
internal sealed class ConversationWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? ExpirationTimestamp { get; set; }

    public OriginWire? Origin { get; set; }
}

/// <summary><c>conversation.origin</c>.</summary>
internal sealed class OriginWire
{
    [JsonConverter(typeof(TolerantTokenConverter))]
    public string? Type { get; set; }
}

/// <summary><c>statuses[].pricing</c>.</summary>
internal sealed class PricingWire
{
    [JsonConverter(typeof(TolerantBoolConverter))]
    public bool? Billable { get; set; }

    [JsonConverter(typeof(TolerantTokenConverter))]
    public string? PricingModel { get; set; }

    [JsonConverter(typeof(TolerantTokenConverter))]
    public string? Type { get; set; }

    [JsonConverter(typeof(TolerantTokenConverter))]
    public string? Category { get; set; }
}
