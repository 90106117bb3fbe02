using CloudApi.Sdk.PhoneNumbers;

namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// Something changed on the WhatsApp Business Account (<c>account_update</c>): a violation, a restriction, a ban,
/// a partner, ... Many events carry their own properties; <see cref="ValueJson"/> keeps them all.
/// </summary>
public sealed class AccountUpdate : WebhookEvent
{
    private string? _valueJson;

    internal AccountUpdate()
    {
    }

    /// <summary>What happened (<c>event</c>): <c>ACCOUNT_VIOLATION</c>, <c>ACCOUNT_RESTRICTION</c>, <c>DISABLED_UPDATE</c>, <c>ACCOUNT_DELETED</c>, ...</summary>
    public string? Event { get; internal init; }

    /// <summary>The violation (<c>violation_info.violation_type</c>), for <c>ACCOUNT_VIOLATION</c>.</summary>
    public string? ViolationType { get; internal init; }

    /// <summary>The restrictions (<c>restriction_info[]</c>), for <c>ACCOUNT_RESTRICTION</c>.</summary>
    public IReadOnlyList<AccountRestriction> Restrictions { get; internal init; } = [];

    /// <summary>The ban state (<c>ban_info.waba_ban_state</c>), for <c>DISABLED_UPDATE</c>.</summary>
    public string? BanState { get; internal init; }

    /// <summary>The ban date (<c>ban_info.waba_ban_date</c>).</summary>
    public string? BanDate { get; internal init; }

    /// <summary>The whole <c>value</c> object as received (the same as <see cref="WebhookEvent.RawJson"/>).</summary>
    public string ValueJson { get => _valueJson ?? RawJson; internal init => _valueJson = value; }
}

/// <summary>A restriction on the account (<c>restriction_info[]</c>).</summary>
public sealed class AccountRestriction
{
    internal AccountRestriction(string? restrictionType, DateTimeOffset? expiration)
    {
        RestrictionType = restrictionType;
        Expiration = expiration;
    }

    /// <summary>What is restricted (<c>restriction_type</c>), e.g. <c>RESTRICTED_ADD_PHONE_NUMBER_ACTION</c>.</summary>
    public string? RestrictionType { get; }

    /// <summary>When it ends (<c>expiration</c>).</summary>
    public DateTimeOffset? Expiration { get; }
}

/// <summary>An alert about the business, a number or its status (<c>account_alerts</c>).</summary>
public sealed class AccountAlert : WebhookEvent
{
    internal AccountAlert()
    {
    }

    /// <summary>What the alert is about (<c>entity_type</c>): <c>BUSINESS</c>, <c>PHONE_NUMBER</c>, ...</summary>
    public string? EntityType { get; internal init; }

    /// <summary>Its id (<c>entity_id</c>).</summary>
    public string? EntityId { get; internal init; }

    /// <summary><c>CRITICAL</c>, <c>WARNING</c> or <c>INFORMATIONAL</c> (<c>alert_info.alert_severity</c>).</summary>
    public string? Severity { get; internal init; }

    /// <summary><c>ACTIVE</c> or <c>NONE</c> (<c>alert_info.alert_status</c>).</summary>
    public string? Status { get; internal init; }

    /// <summary>The alert type (<c>alert_info.alert_type</c>).</summary>
    public string? AlertType { get; internal init; }

    /// <summary>The description (<c>alert_info.alert_description</c>).</summary>
    public string? Description { get; internal init; }
}

/// <summary>The business's capabilities changed (<c>business_capability_update</c>).</summary>
public sealed class BusinessCapabilityUpdate : WebhookEvent
{
    internal BusinessCapabilityUpdate()
    {
    }

    /// <summary>The messaging limit tier (<c>max_daily_conversations_per_business</c>), e.g. <see cref="MessagingLimitTier.Tier10K"/>.</summary>
    public MessagingLimitTier? MaxDailyConversationsPerBusiness { get; internal init; }

    /// <summary>The former per-number limit (<c>max_daily_conversation_per_phone</c>; -1 = unlimited; removed by Meta).</summary>
    public long? MaxDailyConversationPerPhone { get; internal init; }

    /// <summary>How many numbers the business may have (<c>max_phone_numbers_per_business</c>).</summary>
    public long? MaxPhoneNumbersPerBusiness { get; internal init; }

    /// <summary>How many numbers one account may have (<c>max_phone_numbers_per_waba</c>).</summary>
    public long? MaxPhoneNumbersPerWaba { get; internal init; }
}

/// <summary>A user stopped or resumed marketing messages (<c>user_preferences</c>); one event per preference.</summary>
public sealed class UserPreferenceUpdate : WebhookEvent
{
    internal UserPreferenceUpdate()
    {
    }

    /// <summary>The user's WhatsApp id (<c>wa_id</c>).</summary>
    public string? WaId { get; internal init; }

    /// <summary>The user's choice in words (<c>detail</c>).</summary>
    public string? Detail { get; internal init; }

    /// <summary>The category (<c>category</c>), e.g. <c>marketing_messages</c>.</summary>
    public string? Category { get; internal init; }

    /// <summary><c>stop</c> or <c>resume</c> (<c>value</c>).</summary>
    public string? Value { get; internal init; }

    /// <summary>When the user chose (<c>timestamp</c>).</summary>
    public DateTimeOffset? Timestamp { get; internal init; }

    /// <summary>The sign-up the preference came from (<c>signup_id</c>), when Meta sends one.</summary>
    public string? SignupId { get; internal init; }
}

/// <summary>
/// A change of a field the SDK does not model, or an item of a list that could not be read (a value of an unexpected
/// type), kept whole: <see cref="ValueJson"/> is the change's <c>value</c>, <see cref="WebhookEvent.RawJson"/> the JSON
/// the event was read from (the same, or the item).
/// </summary>
public sealed class UnknownWebhookEvent : WebhookEvent
{
    private string? _valueJson;

    internal UnknownWebhookEvent()
    {
    }

    /// <summary>The change's <c>value</c> as received (JSON), for reading what the SDK does not model.</summary>
    public string ValueJson { get => _valueJson ?? RawJson; internal init => _valueJson = value; }
}
