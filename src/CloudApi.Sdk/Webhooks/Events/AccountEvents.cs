namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// Something changed on the WhatsApp Business Account (<c>account_update</c>): a violation, a restriction, a ban,
/// a partner, ... Many events carry their own properties; <see cref="ValueJson"/> keeps them all.
/// </summary>
public sealed record AccountUpdate : WebhookEvent
{
    /// <summary>What happened (<c>event</c>): <c>ACCOUNT_VIOLATION</c>, <c>ACCOUNT_RESTRICTION</c>, <c>DISABLED_UPDATE</c>, <c>ACCOUNT_DELETED</c>, ...</summary>
    public string? Event { get; init; }

    /// <summary>The violation (<c>violation_info.violation_type</c>), for <c>ACCOUNT_VIOLATION</c>.</summary>
    public string? ViolationType { get; init; }

    /// <summary>The restrictions (<c>restriction_info[]</c>), for <c>ACCOUNT_RESTRICTION</c>.</summary>
    public IReadOnlyList<AccountRestriction> Restrictions { get; init; } = [];

    /// <summary>The ban state (<c>ban_info.waba_ban_state</c>), for <c>DISABLED_UPDATE</c>.</summary>
    public string? BanState { get; init; }

    /// <summary>The ban date (<c>ban_info.waba_ban_date</c>).</summary>
    public string? BanDate { get; init; }

    /// <summary>The whole <c>value</c> object as received.</summary>
    public string ValueJson { get; init; } = "{}";
}

/// <summary>A restriction on the account (<c>restriction_info[]</c>).</summary>
/// <param name="RestrictionType">What is restricted (<c>restriction_type</c>), e.g. <c>RESTRICTED_ADD_PHONE_NUMBER_ACTION</c>.</param>
/// <param name="Expiration">When it ends (<c>expiration</c>).</param>
public sealed record AccountRestriction(string? RestrictionType, DateTimeOffset? Expiration);

/// <summary>An alert about the business, a number or its status (<c>account_alerts</c>).</summary>
public sealed record AccountAlert : WebhookEvent
{
    /// <summary>What the alert is about (<c>entity_type</c>): <c>BUSINESS</c>, <c>PHONE_NUMBER</c>, ...</summary>
    public string? EntityType { get; init; }

    /// <summary>Its id (<c>entity_id</c>).</summary>
    public string? EntityId { get; init; }

    /// <summary><c>CRITICAL</c>, <c>WARNING</c> or <c>INFORMATIONAL</c> (<c>alert_info.alert_severity</c>).</summary>
    public string? Severity { get; init; }

    /// <summary><c>ACTIVE</c> or <c>NONE</c> (<c>alert_info.alert_status</c>).</summary>
    public string? Status { get; init; }

    /// <summary>The alert type (<c>alert_info.alert_type</c>).</summary>
    public string? AlertType { get; init; }

    /// <summary>The description (<c>alert_info.alert_description</c>).</summary>
    public string? Description { get; init; }
}

/// <summary>The business's capabilities changed (<c>business_capability_update</c>).</summary>
public sealed record BusinessCapabilityUpdate : WebhookEvent
{
    /// <summary>The messaging limit tier (<c>max_daily_conversations_per_business</c>), e.g. <c>TIER_10K</c>.</summary>
    public string? MaxDailyConversationsPerBusiness { get; init; }

    /// <summary>The former per-number limit (<c>max_daily_conversation_per_phone</c>; -1 = unlimited; removed by Meta).</summary>
    public long? MaxDailyConversationPerPhone { get; init; }

    /// <summary>How many numbers the business may have (<c>max_phone_numbers_per_business</c>).</summary>
    public long? MaxPhoneNumbersPerBusiness { get; init; }

    /// <summary>How many numbers one account may have (<c>max_phone_numbers_per_waba</c>).</summary>
    public long? MaxPhoneNumbersPerWaba { get; init; }
}

/// <summary>A user stopped or resumed marketing messages (<c>user_preferences</c>); one event per preference.</summary>
public sealed record UserPreferenceUpdate : WebhookEvent
{
    /// <summary>The user's WhatsApp id (<c>wa_id</c>).</summary>
    public string? WaId { get; init; }

    /// <summary>The user's choice in words (<c>detail</c>).</summary>
    public string? Detail { get; init; }

    /// <summary>The category (<c>category</c>), e.g. <c>marketing_messages</c>.</summary>
    public string? Category { get; init; }

    /// <summary><c>stop</c> or <c>resume</c> (<c>value</c>).</summary>
    public string? Value { get; init; }

    /// <summary>When the user chose (<c>timestamp</c>).</summary>
    public DateTimeOffset? Timestamp { get; init; }
}

/// <summary>A change of a field the SDK does not model, kept whole.</summary>
public sealed record UnknownWebhookEvent : WebhookEvent
{
    /// <summary>The change's <c>value</c> as received (JSON), for reading what the SDK does not model.</summary>
    public string ValueJson { get; init; } = "null";
}
