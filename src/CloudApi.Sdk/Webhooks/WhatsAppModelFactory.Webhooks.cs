using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk;

/// <summary>
/// Builds the SDK's models for tests: the events and received messages of webhooks, with the values given and
/// the defaults the parser would set. The models have no public constructors, so fakes come from here.
/// </summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="WebhookContact"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="waId">The user's WhatsApp id (<c>wa_id</c>), their normalized number; absent for users known only by <see cref="WebhookContact.UserId"/>.</param>
    /// <param name="userId">The business-scoped user id (<c>user_id</c>, BSUID), e.g. <c>US.1349...</c>.</param>
    /// <param name="parentUserId">The parent business-scoped user id (<c>parent_user_id</c>).</param>
    /// <param name="name">The profile name the user chose (<c>profile.name</c>).</param>
    /// <param name="username">The user's username (<c>profile.username</c>).</param>
    /// <param name="identityKeyHash">The user's identity key hash (<c>identity_key_hash</c>).</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static WebhookContact WebhookContact(
        string? waId = null,
        string? userId = null,
        string? parentUserId = null,
        string? name = null,
        string? username = null,
        string? identityKeyHash = null) =>
        new()
        {
            WaId = waId,
            UserId = userId,
            ParentUserId = parentUserId,
            Name = name,
            Username = username,
            IdentityKeyHash = identityKeyHash,
        };

    /// <summary>Builds a <see cref="WebhookError"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="code">The error code; compare with <see cref="WhatsAppErrorCodes"/> (e.g. 131047, 131051).</param>
    /// <param name="title">The short title.</param>
    /// <param name="message">The message, when sent.</param>
    /// <param name="details">The <c>error_data.details</c> text.</param>
    /// <param name="href">A link to Meta's documentation of the error.</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static WebhookError WebhookError(
        int code = default,
        string? title = null,
        string? message = null,
        string? details = null,
        string? href = null) =>
        new(code, title, message, details, href);

    /// <summary>Builds a <see cref="WebhookMetadata"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="displayPhoneNumber">The number as displayed (<c>display_phone_number</c>), e.g. <c>15550783881</c>.</param>
    /// <param name="phoneNumberId">The phone-number id (<c>phone_number_id</c>) to answer from.</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static WebhookMetadata WebhookMetadata(
        string? displayPhoneNumber = null,
        string? phoneNumberId = null) =>
        new(displayPhoneNumber, phoneNumberId);

    /// <summary>Builds a <see cref="WebhookNotification"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="objectType">The <c>object</c> of the envelope, normally <c>whatsapp_business_account</c>; empty when absent. Defaults to <c>whatsapp_business_account</c>.</param>
    /// <param name="events">Every event of the body: messages, statuses, errors, field updates, and unknown events with their raw JSON. Defaults to empty.</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static WebhookNotification WebhookNotification(
        string? objectType = null,
        IEnumerable<WebhookEvent>? events = null) =>
        new()
        {
            ObjectType = objectType ?? "whatsapp_business_account",
            Events = events is null ? [] : [.. events],
        };

    /// <summary>Builds an <see cref="AccountUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="event">What happened (<c>event</c>): <c>ACCOUNT_VIOLATION</c>, <c>ACCOUNT_RESTRICTION</c>, <c>DISABLED_UPDATE</c>, <c>ACCOUNT_DELETED</c>, ...</param>
    /// <param name="violationType">The violation (<c>violation_info.violation_type</c>), for <c>ACCOUNT_VIOLATION</c>.</param>
    /// <param name="restrictions">The restrictions (<c>restriction_info[]</c>), for <c>ACCOUNT_RESTRICTION</c>. Defaults to empty.</param>
    /// <param name="banState">The ban state (<c>ban_info.waba_ban_state</c>), for <c>DISABLED_UPDATE</c>.</param>
    /// <param name="banDate">The ban date (<c>ban_info.waba_ban_date</c>).</param>
    /// <param name="valueJson">The whole <c>value</c> object as received (the same as <see cref="WebhookEvent.RawJson"/>). Defaults to <c>{}</c>.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.AccountUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <paramref name="valueJson"/>, else <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static AccountUpdate AccountUpdate(
        string? @event = null,
        string? violationType = null,
        IEnumerable<AccountRestriction>? restrictions = null,
        string? banState = null,
        string? banDate = null,
        string? valueJson = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            Event = @event,
            ViolationType = violationType,
            Restrictions = restrictions is null ? [] : [.. restrictions],
            BanState = banState,
            BanDate = banDate,
            ValueJson = valueJson ?? "{}",
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.AccountUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? valueJson ?? "{}",
        };

    /// <summary>Builds an <see cref="AccountRestriction"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="restrictionType">What is restricted (<c>restriction_type</c>), e.g. <c>RESTRICTED_ADD_PHONE_NUMBER_ACTION</c>.</param>
    /// <param name="expiration">When it ends (<c>expiration</c>).</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static AccountRestriction AccountRestriction(
        string? restrictionType = null,
        DateTimeOffset? expiration = null) =>
        new(restrictionType, expiration);

    /// <summary>Builds an <see cref="AccountAlert"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="entityType">What the alert is about (<c>entity_type</c>): <c>BUSINESS</c>, <c>PHONE_NUMBER</c>, ...</param>
    /// <param name="entityId">Its id (<c>entity_id</c>).</param>
    /// <param name="severity"><c>CRITICAL</c>, <c>WARNING</c> or <c>INFORMATIONAL</c> (<c>alert_info.alert_severity</c>).</param>
    /// <param name="status"><c>ACTIVE</c> or <c>NONE</c> (<c>alert_info.alert_status</c>).</param>
    /// <param name="alertType">The alert type (<c>alert_info.alert_type</c>).</param>
    /// <param name="description">The description (<c>alert_info.alert_description</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.AccountAlerts"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static AccountAlert AccountAlert(
        string? entityType = null,
        string? entityId = null,
        string? severity = null,
        string? status = null,
        string? alertType = null,
        string? description = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            EntityType = entityType,
            EntityId = entityId,
            Severity = severity,
            Status = status,
            AlertType = alertType,
            Description = description,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.AccountAlerts,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="BusinessCapabilityUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="maxDailyConversationsPerBusiness">The messaging limit tier (<c>max_daily_conversations_per_business</c>), e.g. <see cref="MessagingLimitTier.Tier10K"/>.</param>
    /// <param name="maxDailyConversationPerPhone">The former per-number limit (<c>max_daily_conversation_per_phone</c>; -1 = unlimited; removed by Meta).</param>
    /// <param name="maxPhoneNumbersPerBusiness">How many numbers the business may have (<c>max_phone_numbers_per_business</c>).</param>
    /// <param name="maxPhoneNumbersPerWaba">How many numbers one account may have (<c>max_phone_numbers_per_waba</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.BusinessCapabilityUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static BusinessCapabilityUpdate BusinessCapabilityUpdate(
        MessagingLimitTier? maxDailyConversationsPerBusiness = null,
        long? maxDailyConversationPerPhone = null,
        long? maxPhoneNumbersPerBusiness = null,
        long? maxPhoneNumbersPerWaba = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            MaxDailyConversationsPerBusiness = maxDailyConversationsPerBusiness,
            MaxDailyConversationPerPhone = maxDailyConversationPerPhone,
            MaxPhoneNumbersPerBusiness = maxPhoneNumbersPerBusiness,
            MaxPhoneNumbersPerWaba = maxPhoneNumbersPerWaba,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.BusinessCapabilityUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds an <see cref="UserPreferenceUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="waId">The user's WhatsApp id (<c>wa_id</c>).</param>
    /// <param name="detail">The user's choice in words (<c>detail</c>).</param>
    /// <param name="category">The category (<c>category</c>), e.g. <c>marketing_messages</c>.</param>
    /// <param name="value"><c>stop</c> or <c>resume</c> (<c>value</c>).</param>
    /// <param name="timestamp">When the user chose (<c>timestamp</c>).</param>
    /// <param name="signupId">The sign-up the preference came from (<c>signup_id</c>), when Meta sends one.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.UserPreferences"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static UserPreferenceUpdate UserPreferenceUpdate(
        string? waId = null,
        string? detail = null,
        string? category = null,
        string? value = null,
        DateTimeOffset? timestamp = null,
        string? signupId = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            WaId = waId,
            Detail = detail,
            Category = category,
            Value = value,
            Timestamp = timestamp,
            SignupId = signupId,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.UserPreferences,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds an <see cref="UnknownWebhookEvent"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="valueJson">The change's <c>value</c> as received (JSON), for reading what the SDK does not model. Defaults to <c>null</c>.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to empty.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <paramref name="valueJson"/>, else <c>null</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static UnknownWebhookEvent UnknownWebhookEvent(
        string? valueJson = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            ValueJson = valueJson ?? "null",
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? string.Empty,
            EntryTime = entryTime,
            RawJson = rawJson ?? valueJson ?? "null",
        };

    /// <summary>Builds a <see cref="MessageEcho"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="to">The user the business wrote to (<c>to</c>).</param>
    /// <param name="message">The message, typed like an inbound one (<see cref="TextMessageReceived"/>, <see cref="MessageEditReceived"/>, <see cref="MessageRevokeReceived"/>, ...): its <see cref="InboundMessage.From"/> is the business number. Defaults to an empty <see cref="TextMessageReceived"/>.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.SmbMessageEchoes"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static MessageEcho MessageEcho(
        string? to = null,
        InboundMessage? message = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            To = to,
            Message = message ?? TextMessageReceived(),
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.SmbMessageEchoes,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="HistorySync"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="phase">The phase (<c>metadata.phase</c>): 0 (last day), 1 (last 90 days), 2 (older).</param>
    /// <param name="chunkOrder">The chunk's place in its phase (<c>metadata.chunk_order</c>).</param>
    /// <param name="progress">How far the share is, 0 to 100 (<c>metadata.progress</c>).</param>
    /// <param name="threads">The chats (<c>threads</c>). Defaults to empty.</param>
    /// <param name="errors">Why there is no history (<c>errors</c>, e.g. 2593109 when the user declined); empty otherwise. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.History"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static HistorySync HistorySync(
        long? phase = null,
        long? chunkOrder = null,
        long? progress = null,
        IEnumerable<HistoryThread>? threads = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            Phase = phase,
            ChunkOrder = chunkOrder,
            Progress = progress,
            Threads = threads is null ? [] : [.. threads],
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.History,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="HistoryThread"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The user's WhatsApp id (<c>id</c>).</param>
    /// <param name="messages">The messages, oldest first as Meta sends them (<c>messages</c>). Defaults to empty.</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static HistoryThread HistoryThread(
        string? id = null,
        IEnumerable<HistoryMessage>? messages = null) =>
        new()
        {
            Id = id,
            Messages = messages is null ? [] : [.. messages],
        };

    /// <summary>Builds a <see cref="HistoryMessage"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="message">The message, typed like an inbound one; sent by the user or by the business (compare <see cref="InboundMessage.From"/>). Defaults to an empty <see cref="TextMessageReceived"/>.</param>
    /// <param name="to">The recipient (<c>to</c>), on messages the business sent.</param>
    /// <param name="status">Its status when shared (<c>history_context.status</c>): <c>READ</c>, <c>DELIVERED</c>, <c>SENT</c>, <c>PLAYED</c>, <c>ERROR</c>, <c>PENDING</c>.</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static HistoryMessage HistoryMessage(
        InboundMessage? message = null,
        string? to = null,
        string? status = null) =>
        new()
        {
            Message = message ?? TextMessageReceived(),
            To = to,
            Status = status,
        };

    /// <summary>Builds an <see cref="AppStateSyncUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="syncType">What was synced (<c>type</c>), e.g. <c>contact</c>.</param>
    /// <param name="action"><c>add</c> or <c>remove</c> (<c>action</c>).</param>
    /// <param name="timestamp">When (<c>metadata.timestamp</c>).</param>
    /// <param name="contactFullName">The contact's full name (<c>contact.full_name</c>).</param>
    /// <param name="contactFirstName">The contact's first name (<c>contact.first_name</c>).</param>
    /// <param name="contactPhoneNumber">The contact's number (<c>contact.phone_number</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.SmbAppStateSync"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static AppStateSyncUpdate AppStateSyncUpdate(
        string? syncType = null,
        string? action = null,
        DateTimeOffset? timestamp = null,
        string? contactFullName = null,
        string? contactFirstName = null,
        string? contactPhoneNumber = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            SyncType = syncType,
            Action = action,
            Timestamp = timestamp,
            ContactFullName = contactFullName,
            ContactFirstName = contactFirstName,
            ContactPhoneNumber = contactPhoneNumber,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.SmbAppStateSync,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds an <see cref="AutomaticEvent"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="messageId">The id of the message the event was detected in (<c>id</c>).</param>
    /// <param name="eventName">The event (<c>event_name</c>): <c>Purchase</c> or <c>LeadSubmitted</c>.</param>
    /// <param name="timestamp">When (<c>timestamp</c>).</param>
    /// <param name="clickId">The click-to-WhatsApp click id (<c>ctwa_clid</c>) of the ad that started the chat.</param>
    /// <param name="currency">The currency of a purchase (<c>custom_data.currency</c>).</param>
    /// <param name="value">The amount of a purchase (<c>custom_data.value</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.AutomaticEvents"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static AutomaticEvent AutomaticEvent(
        string? messageId = null,
        string? eventName = null,
        DateTimeOffset? timestamp = null,
        string? clickId = null,
        string? currency = null,
        decimal? value = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            MessageId = messageId,
            EventName = eventName,
            Timestamp = timestamp,
            ClickId = clickId,
            Currency = currency,
            Value = value,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.AutomaticEvents,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="CallConnect"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="callId">The call id (<c>id</c>, <c>wacid...</c>): accept, reject or terminate the call with it. Defaults to empty.</param>
    /// <param name="from">The caller's WhatsApp id or business number (<c>from</c>).</param>
    /// <param name="to">The callee (<c>to</c>).</param>
    /// <param name="fromUserId">The caller's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="toUserId">The callee's business-scoped user id (<c>to_user_id</c>), when sent.</param>
    /// <param name="event">The event (<c>event</c>): <c>connect</c> or <c>terminate</c>. Defaults to <c>connect</c>.</param>
    /// <param name="timestamp">When it happened (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="direction"><c>USER_INITIATED</c> or <c>BUSINESS_INITIATED</c> (<c>direction</c>).</param>
    /// <param name="bizOpaqueCallbackData">The <c>biz_opaque_callback_data</c> the business set on the call.</param>
    /// <param name="errors">The errors of the call (<c>errors</c>); empty when none. Defaults to empty.</param>
    /// <param name="session">The media session (<c>session</c>): the SDP offer of a user's call, or the answer to the business's.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Calls"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static CallConnect CallConnect(
        string? callId = null,
        string? from = null,
        string? to = null,
        string? fromUserId = null,
        string? toUserId = null,
        string? @event = null,
        DateTimeOffset timestamp = default,
        string? direction = null,
        string? bizOpaqueCallbackData = null,
        IEnumerable<WebhookError>? errors = null,
        CallSession? session = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            CallId = callId ?? string.Empty,
            From = from,
            To = to,
            FromUserId = fromUserId,
            ToUserId = toUserId,
            Event = @event ?? "connect",
            Timestamp = timestamp,
            Direction = direction,
            BizOpaqueCallbackData = bizOpaqueCallbackData,
            Errors = errors is null ? [] : [.. errors],
            Session = session,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Calls,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="CallTerminate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="callId">The call id (<c>id</c>, <c>wacid...</c>): accept, reject or terminate the call with it. Defaults to empty.</param>
    /// <param name="from">The caller's WhatsApp id or business number (<c>from</c>).</param>
    /// <param name="to">The callee (<c>to</c>).</param>
    /// <param name="fromUserId">The caller's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="toUserId">The callee's business-scoped user id (<c>to_user_id</c>), when sent.</param>
    /// <param name="event">The event (<c>event</c>): <c>connect</c> or <c>terminate</c>. Defaults to <c>terminate</c>.</param>
    /// <param name="timestamp">When it happened (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="direction"><c>USER_INITIATED</c> or <c>BUSINESS_INITIATED</c> (<c>direction</c>).</param>
    /// <param name="bizOpaqueCallbackData">The <c>biz_opaque_callback_data</c> the business set on the call.</param>
    /// <param name="errors">The errors of the call (<c>errors</c>); empty when none. Defaults to empty.</param>
    /// <param name="status">How it ended (<c>status</c>): <c>COMPLETED</c> or <c>FAILED</c> (why: <see cref="CallEvent.Errors"/>).</param>
    /// <param name="startTime">When the call was answered (<c>start_time</c>), if it was.</param>
    /// <param name="endTime">When it ended (<c>end_time</c>).</param>
    /// <param name="duration">How long it lasted (<c>duration</c>, seconds), if it was answered.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Calls"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static CallTerminate CallTerminate(
        string? callId = null,
        string? from = null,
        string? to = null,
        string? fromUserId = null,
        string? toUserId = null,
        string? @event = null,
        DateTimeOffset timestamp = default,
        string? direction = null,
        string? bizOpaqueCallbackData = null,
        IEnumerable<WebhookError>? errors = null,
        string? status = null,
        DateTimeOffset? startTime = null,
        DateTimeOffset? endTime = null,
        TimeSpan? duration = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            CallId = callId ?? string.Empty,
            From = from,
            To = to,
            FromUserId = fromUserId,
            ToUserId = toUserId,
            Event = @event ?? "terminate",
            Timestamp = timestamp,
            Direction = direction,
            BizOpaqueCallbackData = bizOpaqueCallbackData,
            Errors = errors is null ? [] : [.. errors],
            Status = status,
            StartTime = startTime,
            EndTime = endTime,
            Duration = duration,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Calls,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="CallSession"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="sdpType"><c>offer</c> or <c>answer</c> (<c>sdp_type</c>).</param>
    /// <param name="sdp">The session description (<c>sdp</c>, RFC 8866 text).</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static CallSession CallSession(
        string? sdpType = null,
        string? sdp = null) =>
        new(sdpType, sdp);

    /// <summary>Builds a <see cref="CallStatusUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="callId">The call id (<c>id</c>). Defaults to empty.</param>
    /// <param name="status">The status (<c>status</c>): <c>RINGING</c>, <c>ACCEPTED</c>, <c>REJECTED</c>, ...</param>
    /// <param name="timestamp">When (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="recipientId">The user called (<c>recipient_id</c>).</param>
    /// <param name="recipientUserId">The user's business-scoped user id (<c>recipient_user_id</c>), when sent.</param>
    /// <param name="bizOpaqueCallbackData">The <c>biz_opaque_callback_data</c> the business set on the call.</param>
    /// <param name="errors">The errors (<c>errors</c>); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Calls"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static CallStatusUpdate CallStatusUpdate(
        string? callId = null,
        string? status = null,
        DateTimeOffset timestamp = default,
        string? recipientId = null,
        string? recipientUserId = null,
        string? bizOpaqueCallbackData = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            CallId = callId ?? string.Empty,
            Status = status,
            Timestamp = timestamp,
            RecipientId = recipientId,
            RecipientUserId = recipientUserId,
            BizOpaqueCallbackData = bizOpaqueCallbackData,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Calls,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="FlowUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="event">What happened (<c>event</c>): <c>FLOW_STATUS_CHANGE</c>, <c>CLIENT_ERROR_RATE</c>, <c>ENDPOINT_ERROR_RATE</c>, <c>ENDPOINT_LATENCY</c>, <c>ENDPOINT_AVAILABILITY</c>, <c>FLOW_VERSION_EXPIRY_WARNING</c>, ...</param>
    /// <param name="message">Meta's description (<c>message</c>).</param>
    /// <param name="flowId">The flow id (<c>flow_id</c>).</param>
    /// <param name="oldStatus">The status before, for a status change (<c>old_status</c>).</param>
    /// <param name="newStatus">The status after (<c>new_status</c>).</param>
    /// <param name="alertState"><c>ACTIVATED</c> or <c>DEACTIVATED</c>, for an alert (<c>alert_state</c>).</param>
    /// <param name="threshold">The alert's threshold (<c>threshold</c>).</param>
    /// <param name="errorRate">The error rate (<c>error_rate</c>).</param>
    /// <param name="errors">The errors behind a client error-rate alert (<c>errors</c>). Defaults to empty.</param>
    /// <param name="p50Latency">The median endpoint latency in milliseconds (<c>p50_latency</c>).</param>
    /// <param name="p90Latency">The 90th-percentile endpoint latency in milliseconds (<c>p90_latency</c>).</param>
    /// <param name="requestsCount">How many requests were measured (<c>requests_count</c>).</param>
    /// <param name="availability">The endpoint's availability (<c>availability</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Flows"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static FlowUpdate FlowUpdate(
        string? @event = null,
        string? message = null,
        string? flowId = null,
        string? oldStatus = null,
        string? newStatus = null,
        string? alertState = null,
        double? threshold = null,
        double? errorRate = null,
        IEnumerable<FlowErrorRate>? errors = null,
        double? p50Latency = null,
        double? p90Latency = null,
        long? requestsCount = null,
        double? availability = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            Event = @event,
            Message = message,
            FlowId = flowId,
            OldStatus = oldStatus,
            NewStatus = newStatus,
            AlertState = alertState,
            Threshold = threshold,
            ErrorRate = errorRate,
            Errors = errors is null ? [] : [.. errors],
            P50Latency = p50Latency,
            P90Latency = p90Latency,
            RequestsCount = requestsCount,
            Availability = availability,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Flows,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="FlowErrorRate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="errorType">The error (<c>error_type</c>).</param>
    /// <param name="errorRate">Its rate (<c>error_rate</c>).</param>
    /// <param name="errorCount">How often it occurred (<c>error_count</c>).</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static FlowErrorRate FlowErrorRate(
        string? errorType = null,
        double? errorRate = null,
        long? errorCount = null) =>
        new(errorType, errorRate, errorCount);

    /// <summary>Builds a <see cref="GroupLifecycleUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="groupId">The group id (<c>group_id</c>). Defaults to empty.</param>
    /// <param name="type">What happened (<c>type</c>), e.g. <c>group_create</c>, <c>group_participants_add</c>, <c>group_suspend</c>. Defaults to <c>group_create</c>.</param>
    /// <param name="requestId">The id of the business's request this answers (<c>request_id</c>), when it answers one.</param>
    /// <param name="timestamp">When (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="errors">Why the request failed (<c>errors</c>); empty when it succeeded. Defaults to empty.</param>
    /// <param name="subject">The group's subject (<c>subject</c>).</param>
    /// <param name="description">The group's description (<c>description</c>).</param>
    /// <param name="inviteLink">The invite link (<c>invite_link</c>).</param>
    /// <param name="joinApprovalMode">Whether joining needs approval (<c>join_approval_mode</c>), e.g. <c>auto_approve</c>, <c>approval_required</c>.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.GroupLifecycleUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static GroupLifecycleUpdate GroupLifecycleUpdate(
        string? groupId = null,
        string? type = null,
        string? requestId = null,
        DateTimeOffset timestamp = default,
        IEnumerable<WebhookError>? errors = null,
        string? subject = null,
        string? description = null,
        string? inviteLink = null,
        string? joinApprovalMode = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            GroupId = groupId ?? string.Empty,
            Type = type ?? "group_create",
            RequestId = requestId,
            Timestamp = timestamp,
            Errors = errors is null ? [] : [.. errors],
            Subject = subject,
            Description = description,
            InviteLink = inviteLink,
            JoinApprovalMode = joinApprovalMode,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.GroupLifecycleUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="GroupParticipantsUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="groupId">The group id (<c>group_id</c>). Defaults to empty.</param>
    /// <param name="type">What happened (<c>type</c>), e.g. <c>group_create</c>, <c>group_participants_add</c>, <c>group_suspend</c>. Defaults to <c>group_participants_add</c>.</param>
    /// <param name="requestId">The id of the business's request this answers (<c>request_id</c>), when it answers one.</param>
    /// <param name="timestamp">When (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="errors">Why the request failed (<c>errors</c>); empty when it succeeded. Defaults to empty.</param>
    /// <param name="initiatedBy">Who did it (<c>initiated_by</c>): <c>business</c> or <c>participant</c>.</param>
    /// <param name="addedParticipants">The participants added (<c>added_participants</c>). Defaults to empty.</param>
    /// <param name="removedParticipants">The participants removed (<c>removed_participants</c>). Defaults to empty.</param>
    /// <param name="failedParticipants">The participants that could not be added or removed (<c>failed_participants</c>), each with its errors. Defaults to empty.</param>
    /// <param name="joinRequestId">The join request (<c>join_request_id</c>), for <c>group_join_request_created</c>/<c>_revoked</c>.</param>
    /// <param name="waId">The user who asked to join (<c>wa_id</c>).</param>
    /// <param name="userId">That user's business-scoped user id (<c>user_id</c>).</param>
    /// <param name="reason">Why, when Meta says (<c>reason</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.GroupParticipantsUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static GroupParticipantsUpdate GroupParticipantsUpdate(
        string? groupId = null,
        string? type = null,
        string? requestId = null,
        DateTimeOffset timestamp = default,
        IEnumerable<WebhookError>? errors = null,
        string? initiatedBy = null,
        IEnumerable<GroupParticipant>? addedParticipants = null,
        IEnumerable<GroupParticipant>? removedParticipants = null,
        IEnumerable<GroupParticipant>? failedParticipants = null,
        string? joinRequestId = null,
        string? waId = null,
        string? userId = null,
        string? reason = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            GroupId = groupId ?? string.Empty,
            Type = type ?? "group_participants_add",
            RequestId = requestId,
            Timestamp = timestamp,
            Errors = errors is null ? [] : [.. errors],
            InitiatedBy = initiatedBy,
            AddedParticipants = addedParticipants is null ? [] : [.. addedParticipants],
            RemovedParticipants = removedParticipants is null ? [] : [.. removedParticipants],
            FailedParticipants = failedParticipants is null ? [] : [.. failedParticipants],
            JoinRequestId = joinRequestId,
            WaId = waId,
            UserId = userId,
            Reason = reason,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.GroupParticipantsUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="GroupParticipant"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="waId">The participant's WhatsApp id (<c>wa_id</c>).</param>
    /// <param name="userId">The participant's business-scoped user id (<c>user_id</c>).</param>
    /// <param name="input">What the business sent for this participant (<c>input</c>), for a failed one.</param>
    /// <param name="errors">Why it failed (<c>errors</c>); empty when it did not. Defaults to empty.</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static GroupParticipant GroupParticipant(
        string? waId = null,
        string? userId = null,
        string? input = null,
        IEnumerable<WebhookError>? errors = null) =>
        new()
        {
            WaId = waId,
            UserId = userId,
            Input = input,
            Errors = errors is null ? [] : [.. errors],
        };

    /// <summary>Builds a <see cref="GroupSettingsUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="groupId">The group id (<c>group_id</c>). Defaults to empty.</param>
    /// <param name="type">What happened (<c>type</c>), e.g. <c>group_create</c>, <c>group_participants_add</c>, <c>group_suspend</c>. Defaults to <c>group_settings_update</c>.</param>
    /// <param name="requestId">The id of the business's request this answers (<c>request_id</c>), when it answers one.</param>
    /// <param name="timestamp">When (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="errors">Why the request failed (<c>errors</c>); empty when it succeeded. Defaults to empty.</param>
    /// <param name="profilePicture">The new picture (<c>profile_picture</c>), when it changed.</param>
    /// <param name="subject">The new subject (<c>group_subject</c>), when it changed.</param>
    /// <param name="description">The new description (<c>group_description</c>), when it changed.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.GroupSettingsUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static GroupSettingsUpdate GroupSettingsUpdate(
        string? groupId = null,
        string? type = null,
        string? requestId = null,
        DateTimeOffset timestamp = default,
        IEnumerable<WebhookError>? errors = null,
        GroupPictureChange? profilePicture = null,
        GroupTextChange? subject = null,
        GroupTextChange? description = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            GroupId = groupId ?? string.Empty,
            Type = type ?? "group_settings_update",
            RequestId = requestId,
            Timestamp = timestamp,
            Errors = errors is null ? [] : [.. errors],
            ProfilePicture = profilePicture,
            Subject = subject,
            Description = description,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.GroupSettingsUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="GroupPictureChange"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="mimeType">The MIME type (<c>mime_type</c>).</param>
    /// <param name="sha256">The file's SHA-256 (<c>sha256</c>).</param>
    /// <param name="updateSuccessful">Whether the change was applied (<c>update_successful</c>).</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static GroupPictureChange GroupPictureChange(
        string? mimeType = null,
        string? sha256 = null,
        bool? updateSuccessful = null) =>
        new(mimeType, sha256, updateSuccessful);

    /// <summary>Builds a <see cref="GroupTextChange"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="text">The text (<c>text</c>).</param>
    /// <param name="updateSuccessful">Whether the change was applied (<c>update_successful</c>).</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static GroupTextChange GroupTextChange(
        string? text = null,
        bool? updateSuccessful = null) =>
        new(text, updateSuccessful);

    /// <summary>Builds a <see cref="GroupStatusUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="groupId">The group id (<c>group_id</c>). Defaults to empty.</param>
    /// <param name="type">What happened (<c>type</c>), e.g. <c>group_create</c>, <c>group_participants_add</c>, <c>group_suspend</c>. Defaults to <c>group_suspend</c>.</param>
    /// <param name="requestId">The id of the business's request this answers (<c>request_id</c>), when it answers one.</param>
    /// <param name="timestamp">When (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="errors">Why the request failed (<c>errors</c>); empty when it succeeded. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.GroupStatusUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static GroupStatusUpdate GroupStatusUpdate(
        string? groupId = null,
        string? type = null,
        string? requestId = null,
        DateTimeOffset timestamp = default,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            GroupId = groupId ?? string.Empty,
            Type = type ?? "group_suspend",
            RequestId = requestId,
            Timestamp = timestamp,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.GroupStatusUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="MessageStatusUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="messageId">The id of the message the status is about (<c>id</c>, the <c>wamid</c> the send returned). Defaults to empty.</param>
    /// <param name="status">The status (<c>status</c>).</param>
    /// <param name="timestamp">When the status happened (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="recipientId">The recipient's WhatsApp id or group id (<c>recipient_id</c>).</param>
    /// <param name="recipientType"><c>group</c> for group messages (<c>recipient_type</c>); <see langword="null"/> for individuals.</param>
    /// <param name="recipientParticipantId">The group participant the status is about (<c>recipient_participant_id</c>).</param>
    /// <param name="recipientUserId">The recipient's business-scoped user id (<c>recipient_user_id</c>).</param>
    /// <param name="bizOpaqueCallbackData">The <c>biz_opaque_callback_data</c> the business set when sending.</param>
    /// <param name="conversation">The conversation (<c>conversation</c>), when Meta sent one.</param>
    /// <param name="pricing">The pricing (<c>pricing</c>), on <c>sent</c> and one of <c>delivered</c>/<c>read</c>.</param>
    /// <param name="errors">Why the message failed (<c>errors</c>); empty unless <see cref="MessageStatusUpdate.Status"/> is <see cref="DeliveryStatus.Failed"/>. Defaults to empty.</param>
    /// <param name="recipientParentUserId">The recipient's parent business-scoped user id (<c>recipient_parent_user_id</c>).</param>
    /// <param name="recipientIdentityKeyHash">The recipient's identity key hash (<c>recipient_identity_key_hash</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static MessageStatusUpdate MessageStatusUpdate(
        string? messageId = null,
        DeliveryStatus status = default,
        DateTimeOffset timestamp = default,
        string? recipientId = null,
        string? recipientType = null,
        string? recipientParticipantId = null,
        string? recipientUserId = null,
        string? bizOpaqueCallbackData = null,
        StatusConversation? conversation = null,
        StatusPricing? pricing = null,
        IEnumerable<WebhookError>? errors = null,
        string? recipientParentUserId = null,
        string? recipientIdentityKeyHash = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            MessageId = messageId ?? string.Empty,
            Status = status,
            Timestamp = timestamp,
            RecipientId = recipientId,
            RecipientType = recipientType,
            RecipientParticipantId = recipientParticipantId,
            RecipientUserId = recipientUserId,
            BizOpaqueCallbackData = CallbackDataMarker.Split(bizOpaqueCallbackData, out var marker),
            CampaignMarker = marker,
            Conversation = conversation,
            Pricing = pricing,
            Errors = errors is null ? [] : [.. errors],
            RecipientParentUserId = recipientParentUserId,
            RecipientIdentityKeyHash = recipientIdentityKeyHash,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="StatusConversation"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The conversation id.</param>
    /// <param name="expiresAt">When it expires (<c>expiration_timestamp</c>), on <c>sent</c> only.</param>
    /// <param name="originType">The category that opened it (<c>origin.type</c>): <c>marketing</c>, <c>utility</c>, <c>service</c>, ...</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static StatusConversation StatusConversation(
        string? id = null,
        DateTimeOffset? expiresAt = null,
        string? originType = null) =>
        new(id, expiresAt, originType);

    /// <summary>Builds a <see cref="StatusPricing"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="billable">Whether it is billed (<c>billable</c>; being phased out by Meta).</param>
    /// <param name="pricingModel"><c>PMP</c> (per message) or <c>CBP</c> (<c>pricing_model</c>).</param>
    /// <param name="type"><c>regular</c>, <c>free_customer_service</c> or <c>free_entry_point</c> (<c>type</c>).</param>
    /// <param name="category">The pricing category (<c>category</c>): <c>marketing</c>, <c>utility</c>, <c>authentication</c>, <c>service</c>, ...</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static StatusPricing StatusPricing(
        bool? billable = null,
        string? pricingModel = null,
        string? type = null,
        string? category = null) =>
        new(billable, pricingModel, type, category);

    /// <summary>Builds an <see cref="AccountReviewUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="decision">The decision (<c>decision</c>): <c>APPROVED</c>, <c>REJECTED</c>, <c>PENDING</c>, <c>DEFERRED</c>.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.AccountReviewUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static AccountReviewUpdate AccountReviewUpdate(
        string? decision = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            Decision = decision,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.AccountReviewUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="PartnerSolutionUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="event">What happened (<c>event</c>): <c>SOLUTION_CREATED</c>, <c>SOLUTION_UPDATED</c>, <c>PARTNER_REQUEST_ACCEPTED</c>, ...</param>
    /// <param name="solutionId">The solution id (<c>solution_id</c>).</param>
    /// <param name="solutionStatus">Its status (<c>solution_status</c>): <c>ACTIVE</c>, <c>PENDING_ACTIVATION</c>, <c>DRAFT</c>, <c>DEACTIVATED</c>, ...</param>
    /// <param name="partnerAppId">The partner's app (<c>partner_app_id</c>).</param>
    /// <param name="ownerAppId">The owner's app (<c>owner_app_id</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.PartnerSolutions"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static PartnerSolutionUpdate PartnerSolutionUpdate(
        string? @event = null,
        string? solutionId = null,
        string? solutionStatus = null,
        string? partnerAppId = null,
        string? ownerAppId = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            Event = @event,
            SolutionId = solutionId,
            SolutionStatus = solutionStatus,
            PartnerAppId = partnerAppId,
            OwnerAppId = ownerAppId,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.PartnerSolutions,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="PaymentConfigurationUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="configurationName">The configuration's name (<c>configuration_name</c>).</param>
    /// <param name="providerName">The payment provider (<c>provider_name</c>).</param>
    /// <param name="providerMerchantId">The merchant id at the provider (<c>provider_mid</c>).</param>
    /// <param name="status">The status (<c>status</c>): <c>Active</c>, <c>Needs_Connecting</c>, <c>Needs_Testing</c>, ...</param>
    /// <param name="createdAt">When it was created (<c>created_timestamp</c>).</param>
    /// <param name="updatedAt">When it last changed (<c>updated_timestamp</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.PaymentConfigurationUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static PaymentConfigurationUpdate PaymentConfigurationUpdate(
        string? configurationName = null,
        string? providerName = null,
        string? providerMerchantId = null,
        string? status = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            ConfigurationName = configurationName,
            ProviderName = providerName,
            ProviderMerchantId = providerMerchantId,
            Status = status,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.PaymentConfigurationUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="PhoneNumberQualityUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="displayPhoneNumber">The number (<c>display_phone_number</c>).</param>
    /// <param name="event">What happened (<c>event</c>): <c>ONBOARDING</c>, <c>UPGRADE</c>, <c>DOWNGRADE</c>, <c>FLAGGED</c>, <c>UNFLAGGED</c>, <c>THROUGHPUT_UPGRADE</c>, ...</param>
    /// <param name="maxDailyConversationsPerBusiness">The messaging limit tier (<c>max_daily_conversations_per_business</c>), e.g. <see cref="MessagingLimitTier.Tier2K"/>.</param>
    /// <param name="currentLimit">The current limit (<c>current_limit</c>; deprecated by Meta).</param>
    /// <param name="oldLimit">The previous limit (<c>old_limit</c>; deprecated by Meta).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.PhoneNumberQualityUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static PhoneNumberQualityUpdate PhoneNumberQualityUpdate(
        string? displayPhoneNumber = null,
        string? @event = null,
        MessagingLimitTier? maxDailyConversationsPerBusiness = null,
        string? currentLimit = null,
        string? oldLimit = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            DisplayPhoneNumber = displayPhoneNumber,
            Event = @event,
            MaxDailyConversationsPerBusiness = maxDailyConversationsPerBusiness,
            CurrentLimit = currentLimit,
            OldLimit = oldLimit,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.PhoneNumberQualityUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="PhoneNumberNameUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="displayPhoneNumber">The number (<c>display_phone_number</c>).</param>
    /// <param name="decision">The decision (<c>decision</c>): <c>APPROVED</c>, <c>DEFERRED</c>, <c>PENDING</c>, <c>REJECTED</c>.</param>
    /// <param name="requestedVerifiedName">The name asked for (<c>requested_verified_name</c>).</param>
    /// <param name="rejectionReason">Why it was rejected (<c>rejection_reason</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.PhoneNumberNameUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static PhoneNumberNameUpdate PhoneNumberNameUpdate(
        string? displayPhoneNumber = null,
        string? decision = null,
        string? requestedVerifiedName = null,
        string? rejectionReason = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            DisplayPhoneNumber = displayPhoneNumber,
            Decision = decision,
            RequestedVerifiedName = requestedVerifiedName,
            RejectionReason = rejectionReason,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.PhoneNumberNameUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="SecurityUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="displayPhoneNumber">The number (<c>display_phone_number</c>).</param>
    /// <param name="event">What happened (<c>event</c>): <c>PIN_CHANGED</c>, <c>PIN_RESET_REQUEST</c>, <c>PIN_REQUEST_SUCCESS</c>, ...</param>
    /// <param name="requester">Who asked (<c>requester</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Security"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static SecurityUpdate SecurityUpdate(
        string? displayPhoneNumber = null,
        string? @event = null,
        string? requester = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            DisplayPhoneNumber = displayPhoneNumber,
            Event = @event,
            Requester = requester,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Security,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="TemplateStatusUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="event">The new status (<c>event</c>): <see cref="TemplateStatus.Approved"/>, <see cref="TemplateStatus.Rejected"/>, <see cref="TemplateStatus.Paused"/>, ...</param>
    /// <param name="templateId">The template id (<c>message_template_id</c>).</param>
    /// <param name="templateName">The template name (<c>message_template_name</c>).</param>
    /// <param name="language">The template language (<c>message_template_language</c>).</param>
    /// <param name="category">The template category (<c>message_template_category</c>), when sent.</param>
    /// <param name="reason">Why (<c>reason</c>): <see cref="TemplateRejectionReason.None"/> or a rejection reason.</param>
    /// <param name="disableDate">When the template will be or was disabled (<c>disable_info.disable_date</c>).</param>
    /// <param name="otherInfoTitle">Extra information title (<c>other_info.title</c>).</param>
    /// <param name="otherInfoDescription">Extra information description (<c>other_info.description</c>).</param>
    /// <param name="rejectionReason">The rejection reason (<c>rejection_info.reason</c>).</param>
    /// <param name="rejectionRecommendation">The recommendation after a rejection (<c>rejection_info.recommendation</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.TemplateStatusUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static TemplateStatusUpdate TemplateStatusUpdate(
        TemplateStatus? @event = null,
        long? templateId = null,
        string? templateName = null,
        string? language = null,
        TemplateCategory? category = null,
        TemplateRejectionReason? reason = null,
        string? disableDate = null,
        string? otherInfoTitle = null,
        string? otherInfoDescription = null,
        TemplateRejectionReason? rejectionReason = null,
        string? rejectionRecommendation = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            Event = @event,
            TemplateId = templateId,
            TemplateName = templateName,
            Language = language,
            Category = category,
            Reason = reason,
            DisableDate = disableDate,
            OtherInfoTitle = otherInfoTitle,
            OtherInfoDescription = otherInfoDescription,
            RejectionReason = rejectionReason,
            RejectionRecommendation = rejectionRecommendation,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.TemplateStatusUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="TemplateQualityUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="previousQualityScore">The previous score (<c>previous_quality_score</c>): <see cref="TemplateQuality.Green"/>, <see cref="TemplateQuality.Yellow"/>, <see cref="TemplateQuality.Red"/>, <see cref="TemplateQuality.Unknown"/>.</param>
    /// <param name="newQualityScore">The new score (<c>new_quality_score</c>).</param>
    /// <param name="templateId">The template id (<c>message_template_id</c>).</param>
    /// <param name="templateName">The template name (<c>message_template_name</c>).</param>
    /// <param name="language">The template language (<c>message_template_language</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.TemplateQualityUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static TemplateQualityUpdate TemplateQualityUpdate(
        TemplateQuality? previousQualityScore = null,
        TemplateQuality? newQualityScore = null,
        long? templateId = null,
        string? templateName = null,
        string? language = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            PreviousQualityScore = previousQualityScore,
            NewQualityScore = newQualityScore,
            TemplateId = templateId,
            TemplateName = templateName,
            Language = language,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.TemplateQualityUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="TemplateCategoryUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="templateId">The template id (<c>message_template_id</c>).</param>
    /// <param name="templateName">The template name (<c>message_template_name</c>).</param>
    /// <param name="language">The template language (<c>message_template_language</c>).</param>
    /// <param name="previousCategory">The category before (<c>previous_category</c>).</param>
    /// <param name="newCategory">The category after (<c>new_category</c>).</param>
    /// <param name="correctCategory">The category Meta considers correct, in the impending form (<c>correct_category</c>).</param>
    /// <param name="categoryUpdateAt">When the impending change takes effect (<c>category_update_timestamp</c>).</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.TemplateCategoryUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static TemplateCategoryUpdate TemplateCategoryUpdate(
        long? templateId = null,
        string? templateName = null,
        string? language = null,
        TemplateCategory? previousCategory = null,
        TemplateCategory? newCategory = null,
        TemplateCategory? correctCategory = null,
        DateTimeOffset? categoryUpdateAt = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            TemplateId = templateId,
            TemplateName = templateName,
            Language = language,
            PreviousCategory = previousCategory,
            NewCategory = newCategory,
            CorrectCategory = correctCategory,
            CategoryUpdateAt = categoryUpdateAt,
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.TemplateCategoryUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="TemplateComponentsUpdate"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="templateId">The template id (<c>message_template_id</c>).</param>
    /// <param name="templateName">The template name (<c>message_template_name</c>).</param>
    /// <param name="language">The template language (<c>message_template_language</c>).</param>
    /// <param name="title">The header text (<c>message_template_title</c>).</param>
    /// <param name="element">The body text (<c>message_template_element</c>).</param>
    /// <param name="footer">The footer text (<c>message_template_footer</c>).</param>
    /// <param name="buttons">The buttons (<c>message_template_buttons</c>). Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.TemplateComponentsUpdate"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static TemplateComponentsUpdate TemplateComponentsUpdate(
        long? templateId = null,
        string? templateName = null,
        string? language = null,
        string? title = null,
        string? element = null,
        string? footer = null,
        IEnumerable<TemplateButtonChange>? buttons = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            TemplateId = templateId,
            TemplateName = templateName,
            Language = language,
            Title = title,
            Element = element,
            Footer = footer,
            Buttons = buttons is null ? [] : [.. buttons],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.TemplateComponentsUpdate,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="TemplateButtonChange"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="type">The button type (<c>message_template_button_type</c>), e.g. <c>URL</c>, <c>PHONE_NUMBER</c>, <c>QUICK_REPLY</c>.</param>
    /// <param name="text">The label (<c>message_template_button_text</c>).</param>
    /// <param name="url">The URL of a URL button (<c>message_template_button_url</c>).</param>
    /// <param name="phoneNumber">The number of a call button (<c>message_template_button_phone_number</c>).</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static TemplateButtonChange TemplateButtonChange(
        string? type = null,
        string? text = null,
        string? url = null,
        string? phoneNumber = null) =>
        new(type, text, url, phoneNumber);

    /// <summary>Builds a <see cref="WebhookErrorsReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="errors">The errors. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static WebhookErrorsReceived WebhookErrorsReceived(
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? rawJson = null) =>
        new()
        {
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="ContactsMessageReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="sharedContacts">The shared cards (<c>contacts[]</c> of the message; not the sender profiles in <see cref="WebhookEvent.Contacts"/>). Defaults to empty.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>contacts</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static ContactsMessageReceived ContactsMessageReceived(
        string? id = null,
        string? from = null,
        IEnumerable<SharedContact>? sharedContacts = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            SharedContacts = sharedContacts is null ? [] : [.. sharedContacts],
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "contacts",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="SharedContact"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="formattedName">The full name (<c>name.formatted_name</c>).</param>
    /// <param name="firstName">The first name (<c>name.first_name</c>).</param>
    /// <param name="lastName">The last name (<c>name.last_name</c>).</param>
    /// <param name="birthday">The birthday as sent (<c>birthday</c>, <c>YYYY-MM-DD</c>).</param>
    /// <param name="company">The company (<c>org.company</c>).</param>
    /// <param name="phones">The phone numbers (<c>phones[]</c>). Defaults to empty.</param>
    /// <param name="emails">The e-mail addresses (<c>emails[].email</c>). Defaults to empty.</param>
    /// <param name="urls">The web sites (<c>urls[].url</c>). Defaults to empty.</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static SharedContact SharedContact(
        string? formattedName = null,
        string? firstName = null,
        string? lastName = null,
        string? birthday = null,
        string? company = null,
        IEnumerable<SharedContactPhone>? phones = null,
        IEnumerable<string>? emails = null,
        IEnumerable<string>? urls = null) =>
        new()
        {
            FormattedName = formattedName,
            FirstName = firstName,
            LastName = lastName,
            Birthday = birthday,
            Company = company,
            Phones = phones is null ? [] : [.. phones],
            Emails = emails is null ? [] : [.. emails],
            Urls = urls is null ? [] : [.. urls],
        };

    /// <summary>Builds a <see cref="SharedContactPhone"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="phone">The number as written (<c>phone</c>).</param>
    /// <param name="type">The label (<c>type</c>): <c>CELL</c>, <c>HOME</c>, <c>WORK</c>, ...</param>
    /// <param name="waId">The WhatsApp id, when the number is on WhatsApp (<c>wa_id</c>).</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static SharedContactPhone SharedContactPhone(
        string? phone = null,
        string? type = null,
        string? waId = null) =>
        new(phone, type, waId);

    /// <summary>Builds a <see cref="ButtonReplyReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="replyId">The id the business gave the button (<c>button_reply.id</c>). Defaults to empty.</param>
    /// <param name="title">The button's title (<c>button_reply.title</c>).</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>interactive</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static ButtonReplyReceived ButtonReplyReceived(
        string? id = null,
        string? from = null,
        string? replyId = null,
        string? title = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            ReplyId = replyId ?? string.Empty,
            Title = title,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "interactive",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="ListReplyReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="replyId">The id the business gave the row (<c>list_reply.id</c>). Defaults to empty.</param>
    /// <param name="title">The row's title.</param>
    /// <param name="description">The row's description.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>interactive</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static ListReplyReceived ListReplyReceived(
        string? id = null,
        string? from = null,
        string? replyId = null,
        string? title = null,
        string? description = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            ReplyId = replyId ?? string.Empty,
            Title = title,
            Description = description,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "interactive",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="FlowReplyReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="name">The reply's name (<c>nfm_reply.name</c>), normally <c>flow</c>.</param>
    /// <param name="body">The text shown in the chat (<c>nfm_reply.body</c>), normally <c>Sent</c>.</param>
    /// <param name="responseJson">The flow's response, a JSON object as a string (<c>nfm_reply.response_json</c>). Defaults to empty.</param>
    /// <param name="flowToken">The <c>flow_token</c> from <see cref="FlowReplyReceived.ResponseJson"/>, when it holds one.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>interactive</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static FlowReplyReceived FlowReplyReceived(
        string? id = null,
        string? from = null,
        string? name = null,
        string? body = null,
        string? responseJson = null,
        string? flowToken = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            Name = name,
            Body = body,
            ResponseJson = responseJson ?? string.Empty,
            FlowToken = flowToken,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "interactive",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="CallPermissionReplyReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="response"><c>accept</c> or <c>reject</c> (<c>call_permission_reply.response</c>).</param>
    /// <param name="expiresAt">Until when the business may call (<c>expiration_timestamp</c>), for a temporary permission.</param>
    /// <param name="responseSource">How the answer came (<c>response_source</c>): <c>user_action</c> or <c>automatic</c>.</param>
    /// <param name="isPermanent">Whether the permission has no end (<c>is_permanent</c>), when Meta says.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>interactive</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static CallPermissionReplyReceived CallPermissionReplyReceived(
        string? id = null,
        string? from = null,
        string? response = null,
        DateTimeOffset? expiresAt = null,
        string? responseSource = null,
        bool? isPermanent = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            Response = response,
            ExpiresAt = expiresAt,
            ResponseSource = responseSource,
            IsPermanent = isPermanent,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "interactive",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="TemplateButtonReplyReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="payload">The payload the business set on the button (<c>button.payload</c>).</param>
    /// <param name="text">The button's text (<c>button.text</c>).</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>button</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static TemplateButtonReplyReceived TemplateButtonReplyReceived(
        string? id = null,
        string? from = null,
        string? payload = null,
        string? text = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            Payload = payload,
            Text = text,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "button",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="LocationMessageReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="latitude">The latitude in degrees.</param>
    /// <param name="longitude">The longitude in degrees.</param>
    /// <param name="name">The place's name, when the user shared a place.</param>
    /// <param name="address">The place's address.</param>
    /// <param name="url">The place's URL.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>location</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static LocationMessageReceived LocationMessageReceived(
        string? id = null,
        string? from = null,
        double latitude = default,
        double longitude = default,
        string? name = null,
        string? address = null,
        string? url = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            Latitude = latitude,
            Longitude = longitude,
            Name = name,
            Address = address,
            Url = url,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "location",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds an <see cref="ImageMessageReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="mediaId">The media id (<c>id</c>) to fetch the file's URL with. Defaults to empty.</param>
    /// <param name="mimeType">The MIME type (<c>mime_type</c>).</param>
    /// <param name="sha256">The file's SHA-256 (<c>sha256</c>), to check the download.</param>
    /// <param name="url">A download URL (<c>url</c>), when Meta includes one.</param>
    /// <param name="caption">The caption (<c>caption</c>), when the user wrote one.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>image</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static ImageMessageReceived ImageMessageReceived(
        string? id = null,
        string? from = null,
        string? mediaId = null,
        string? mimeType = null,
        string? sha256 = null,
        string? url = null,
        string? caption = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            MediaId = mediaId ?? string.Empty,
            MimeType = mimeType,
            Sha256 = sha256,
            Url = url,
            Caption = caption,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "image",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds an <see cref="AudioMessageReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="mediaId">The media id (<c>id</c>) to fetch the file's URL with. Defaults to empty.</param>
    /// <param name="mimeType">The MIME type (<c>mime_type</c>).</param>
    /// <param name="sha256">The file's SHA-256 (<c>sha256</c>), to check the download.</param>
    /// <param name="url">A download URL (<c>url</c>), when Meta includes one.</param>
    /// <param name="caption">The caption (<c>caption</c>), when the user wrote one.</param>
    /// <param name="voice">Whether it is a voice note recorded in WhatsApp (<c>audio.voice</c>).</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>audio</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static AudioMessageReceived AudioMessageReceived(
        string? id = null,
        string? from = null,
        string? mediaId = null,
        string? mimeType = null,
        string? sha256 = null,
        string? url = null,
        string? caption = null,
        bool voice = default,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            MediaId = mediaId ?? string.Empty,
            MimeType = mimeType,
            Sha256 = sha256,
            Url = url,
            Caption = caption,
            Voice = voice,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "audio",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="VideoMessageReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="mediaId">The media id (<c>id</c>) to fetch the file's URL with. Defaults to empty.</param>
    /// <param name="mimeType">The MIME type (<c>mime_type</c>).</param>
    /// <param name="sha256">The file's SHA-256 (<c>sha256</c>), to check the download.</param>
    /// <param name="url">A download URL (<c>url</c>), when Meta includes one.</param>
    /// <param name="caption">The caption (<c>caption</c>), when the user wrote one.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>video</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static VideoMessageReceived VideoMessageReceived(
        string? id = null,
        string? from = null,
        string? mediaId = null,
        string? mimeType = null,
        string? sha256 = null,
        string? url = null,
        string? caption = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            MediaId = mediaId ?? string.Empty,
            MimeType = mimeType,
            Sha256 = sha256,
            Url = url,
            Caption = caption,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "video",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="DocumentMessageReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="mediaId">The media id (<c>id</c>) to fetch the file's URL with. Defaults to empty.</param>
    /// <param name="mimeType">The MIME type (<c>mime_type</c>).</param>
    /// <param name="sha256">The file's SHA-256 (<c>sha256</c>), to check the download.</param>
    /// <param name="url">A download URL (<c>url</c>), when Meta includes one.</param>
    /// <param name="caption">The caption (<c>caption</c>), when the user wrote one.</param>
    /// <param name="filename">The file name (<c>document.filename</c>).</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>document</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static DocumentMessageReceived DocumentMessageReceived(
        string? id = null,
        string? from = null,
        string? mediaId = null,
        string? mimeType = null,
        string? sha256 = null,
        string? url = null,
        string? caption = null,
        string? filename = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            MediaId = mediaId ?? string.Empty,
            MimeType = mimeType,
            Sha256 = sha256,
            Url = url,
            Caption = caption,
            Filename = filename,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "document",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="StickerMessageReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="mediaId">The media id (<c>id</c>) to fetch the file's URL with. Defaults to empty.</param>
    /// <param name="mimeType">The MIME type (<c>mime_type</c>).</param>
    /// <param name="sha256">The file's SHA-256 (<c>sha256</c>), to check the download.</param>
    /// <param name="url">A download URL (<c>url</c>), when Meta includes one.</param>
    /// <param name="caption">The caption (<c>caption</c>), when the user wrote one.</param>
    /// <param name="animated">Whether the sticker is animated (<c>sticker.animated</c>).</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>sticker</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static StickerMessageReceived StickerMessageReceived(
        string? id = null,
        string? from = null,
        string? mediaId = null,
        string? mimeType = null,
        string? sha256 = null,
        string? url = null,
        string? caption = null,
        bool animated = default,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            MediaId = mediaId ?? string.Empty,
            MimeType = mimeType,
            Sha256 = sha256,
            Url = url,
            Caption = caption,
            Animated = animated,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "sticker",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="MessageEditReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="originalMessageId">The id of the message edited (<c>edit.original_message_id</c>).</param>
    /// <param name="editedMessage">The new content (<c>edit.message</c>), typed like any inbound message (usually a <see cref="TextMessageReceived"/>), with this event's sender and source; <see langword="null"/> when Meta sent none.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>edit</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static MessageEditReceived MessageEditReceived(
        string? id = null,
        string? from = null,
        string? originalMessageId = null,
        InboundMessage? editedMessage = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            OriginalMessageId = originalMessageId,
            EditedMessage = editedMessage,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "edit",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="MessageRevokeReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="originalMessageId">The id of the message deleted (<c>revoke.original_message_id</c>).</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>revoke</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static MessageRevokeReceived MessageRevokeReceived(
        string? id = null,
        string? from = null,
        string? originalMessageId = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            OriginalMessageId = originalMessageId,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "revoke",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="MessageContext"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="messageId">The id of the message replied to (<c>context.id</c>).</param>
    /// <param name="from">The sender of the message replied to (<c>context.from</c>), usually the business number.</param>
    /// <param name="forwarded">Whether the message was forwarded (<c>forwarded</c>).</param>
    /// <param name="frequentlyForwarded">Whether the message was forwarded more than five times (<c>frequently_forwarded</c>).</param>
    /// <param name="referredCatalogId">The catalog id of the product the user asked about (<c>referred_product.catalog_id</c>).</param>
    /// <param name="referredProductRetailerId">The product's retailer id (<c>referred_product.product_retailer_id</c>).</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static MessageContext MessageContext(
        string? messageId = null,
        string? from = null,
        bool forwarded = default,
        bool frequentlyForwarded = default,
        string? referredCatalogId = null,
        string? referredProductRetailerId = null) =>
        new()
        {
            MessageId = messageId,
            From = from,
            Forwarded = forwarded,
            FrequentlyForwarded = frequentlyForwarded,
            ReferredCatalogId = referredCatalogId,
            ReferredProductRetailerId = referredProductRetailerId,
        };

    /// <summary>Builds a <see cref="MessageReferral"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="sourceUrl">The ad's or post's URL (<c>source_url</c>).</param>
    /// <param name="sourceId">The ad's or post's id (<c>source_id</c>).</param>
    /// <param name="sourceType"><c>ad</c> or <c>post</c> (<c>source_type</c>).</param>
    /// <param name="headline">The headline (<c>headline</c>).</param>
    /// <param name="body">The body text (<c>body</c>).</param>
    /// <param name="mediaType"><c>image</c> or <c>video</c> (<c>media_type</c>).</param>
    /// <param name="imageUrl">The image URL (<c>image_url</c>).</param>
    /// <param name="videoUrl">The video URL (<c>video_url</c>).</param>
    /// <param name="thumbnailUrl">The thumbnail URL (<c>thumbnail_url</c>).</param>
    /// <param name="clickId">The click-to-WhatsApp click id (<c>ctwa_clid</c>).</param>
    /// <param name="welcomeMessageText">The welcome message the ad showed the user (<c>welcome_message.text</c>), when the ad had one.</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static MessageReferral MessageReferral(
        string? sourceUrl = null,
        string? sourceId = null,
        string? sourceType = null,
        string? headline = null,
        string? body = null,
        string? mediaType = null,
        string? imageUrl = null,
        string? videoUrl = null,
        string? thumbnailUrl = null,
        string? clickId = null,
        string? welcomeMessageText = null) =>
        new()
        {
            SourceUrl = sourceUrl,
            SourceId = sourceId,
            SourceType = sourceType,
            Headline = headline,
            Body = body,
            MediaType = mediaType,
            ImageUrl = imageUrl,
            VideoUrl = videoUrl,
            ThumbnailUrl = thumbnailUrl,
            ClickId = clickId,
            WelcomeMessageText = welcomeMessageText,
        };

    /// <summary>Builds an <see cref="OrderReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="catalogId">The catalog id (<c>order.catalog_id</c>).</param>
    /// <param name="text">The text the user sent with the order (<c>order.text</c>).</param>
    /// <param name="items">The items (<c>order.product_items</c>). Defaults to empty.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>order</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static OrderReceived OrderReceived(
        string? id = null,
        string? from = null,
        string? catalogId = null,
        string? text = null,
        IEnumerable<OrderItem>? items = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            CatalogId = catalogId,
            Text = text,
            Items = items is null ? [] : [.. items],
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "order",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds an <see cref="OrderItem"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="productRetailerId">The product's retailer id.</param>
    /// <param name="quantity">How many.</param>
    /// <param name="itemPrice">The unit price.</param>
    /// <param name="currency">The ISO 4217 currency code.</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static OrderItem OrderItem(
        string? productRetailerId = null,
        int quantity = default,
        decimal itemPrice = default,
        string? currency = null) =>
        new(productRetailerId, quantity, itemPrice, currency);

    /// <summary>Builds an <see cref="UnsupportedMessageReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="unsupportedType">The user's original type (<c>unsupported.type</c>), when Meta names it.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>unsupported</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static UnsupportedMessageReceived UnsupportedMessageReceived(
        string? id = null,
        string? from = null,
        string? unsupportedType = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            UnsupportedType = unsupportedType,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "unsupported",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="WelcomeRequestReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>request_welcome</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static WelcomeRequestReceived WelcomeRequestReceived(
        string? id = null,
        string? from = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "request_welcome",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds an <see cref="UnknownMessageReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to empty.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static UnknownMessageReceived UnknownMessageReceived(
        string? id = null,
        string? from = null,
        string? rawJson = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            RawJson = rawJson ?? "{}",
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? string.Empty,
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
        };

    /// <summary>Builds a <see cref="ReactionReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="reactedMessageId">The id of the message reacted to (<c>reaction.message_id</c>).</param>
    /// <param name="emoji">The emoji (<c>reaction.emoji</c>); <see langword="null"/> or empty when the reaction was removed.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>reaction</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static ReactionReceived ReactionReceived(
        string? id = null,
        string? from = null,
        string? reactedMessageId = null,
        string? emoji = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            ReactedMessageId = reactedMessageId,
            Emoji = emoji,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "reaction",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds a <see cref="SystemMessageReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="body">The notice's text (<c>system.body</c>).</param>
    /// <param name="systemType">The notice's type (<c>system.type</c>): <c>user_changed_number</c>, <c>customer_changed_number</c>, <c>customer_identity_changed</c>, <c>user_changed_user_id</c>, ...</param>
    /// <param name="newWaId">The user's new WhatsApp id (<c>system.wa_id</c>, or the older <c>new_wa_id</c>), after a number change.</param>
    /// <param name="identity">The user's new identity (<c>identity</c>), after an identity change.</param>
    /// <param name="newUserId">The user's new business-scoped user id (<c>system.user_id</c>), after <c>user_changed_user_id</c>.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>system</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static SystemMessageReceived SystemMessageReceived(
        string? id = null,
        string? from = null,
        string? body = null,
        string? systemType = null,
        string? newWaId = null,
        UserIdentity? identity = null,
        string? newUserId = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            Body = body,
            SystemType = systemType,
            NewWaId = newWaId,
            Identity = identity,
            NewUserId = newUserId,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "system",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };

    /// <summary>Builds an <see cref="UserIdentity"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="acknowledged">Whether the identity was acknowledged (<c>acknowledged</c>).</param>
    /// <param name="createdAt">When the identity was created (<c>created_timestamp</c>).</param>
    /// <param name="hash">The identity hash (<c>hash</c>).</param>
    /// <returns>The value, as the SDK would have parsed it.</returns>
    public static UserIdentity UserIdentity(
        bool acknowledged = default,
        DateTimeOffset? createdAt = null,
        string? hash = null) =>
        new(acknowledged, createdAt, hash);

    /// <summary>Builds a <see cref="TextMessageReceived"/> as the SDK would have parsed it, to fake it in tests.</summary>
    /// <param name="id">The message id (<c>wamid...</c>): reply to it, mark it read, or de-duplicate on it. Defaults to empty.</param>
    /// <param name="from">The sender's WhatsApp id (<c>from</c>); <see langword="null"/> for users known only by <see cref="InboundMessage.FromUserId"/>.</param>
    /// <param name="body">The text (<c>text.body</c>). Defaults to empty.</param>
    /// <param name="fromUserId">The sender's business-scoped user id (<c>from_user_id</c>), when sent.</param>
    /// <param name="timestamp">When the user sent it (<c>timestamp</c>); <see cref="DateTimeOffset.MinValue"/> if Meta omitted it.</param>
    /// <param name="type">The message <c>type</c> as Meta sent it (<c>text</c>, <c>image</c>, <c>interactive</c>, ...). Defaults to <c>text</c>.</param>
    /// <param name="context">What the message replies to or was forwarded from (<c>context</c>), when present.</param>
    /// <param name="referral">The ad or post the user came from (<c>referral</c>, click-to-WhatsApp), when present.</param>
    /// <param name="errors">The errors attached to the message (<c>errors</c>, e.g. 131051 on unsupported types); empty when none. Defaults to empty.</param>
    /// <param name="metadata">The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</param>
    /// <param name="contacts">The users' profiles sent along (<c>value.contacts</c>); empty when none. Defaults to empty.</param>
    /// <param name="businessAccountId">The WhatsApp Business Account id (<c>entry[].id</c>). Defaults to empty.</param>
    /// <param name="field">The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>. Defaults to <see cref="WebhookFields.Messages"/>.</param>
    /// <param name="entryTime">The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</param>
    /// <param name="fromParentUserId">The sender's parent business-scoped user id (<c>from_parent_user_id</c>), when sent.</param>
    /// <param name="groupId">The group the message was sent in (<c>group_id</c>); <see langword="null"/> for a one-to-one chat.</param>
    /// <param name="rawJson">The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>, <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK does not model from it; it is decoded on first use. Defaults to <c>{}</c>.</param>
    /// <returns>The event, as the SDK would have parsed it.</returns>
    public static TextMessageReceived TextMessageReceived(
        string? id = null,
        string? from = null,
        string? body = null,
        string? fromUserId = null,
        DateTimeOffset timestamp = default,
        string? type = null,
        MessageContext? context = null,
        MessageReferral? referral = null,
        IEnumerable<WebhookError>? errors = null,
        WebhookMetadata? metadata = null,
        IEnumerable<WebhookContact>? contacts = null,
        string? businessAccountId = null,
        string? field = null,
        DateTimeOffset? entryTime = null,
        string? fromParentUserId = null,
        string? groupId = null,
        string? rawJson = null) =>
        new()
        {
            Id = id ?? string.Empty,
            From = from,
            Body = body ?? string.Empty,
            FromUserId = fromUserId,
            Timestamp = timestamp,
            Type = type ?? "text",
            Context = context,
            Referral = referral,
            Errors = errors is null ? [] : [.. errors],
            Metadata = metadata,
            Contacts = contacts is null ? [] : [.. contacts],
            BusinessAccountId = businessAccountId ?? string.Empty,
            Field = field ?? WebhookFields.Messages,
            EntryTime = entryTime,
            FromParentUserId = fromParentUserId,
            GroupId = groupId,
            RawJson = rawJson ?? "{}",
        };
}
