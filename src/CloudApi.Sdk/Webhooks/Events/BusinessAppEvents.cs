namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// A message the business sent from the WhatsApp Business app on a number shared with the Cloud API
/// (<c>smb_message_echoes</c>, <c>value.message_echoes[]</c>), including its edits and deletions. Not an
/// <see cref="InboundMessage"/>, so handlers of users' messages never see the business's own.
/// </summary>
public sealed class MessageEcho : WebhookEvent
{
    internal MessageEcho()
    {
    }

    /// <summary>The user the business wrote to (<c>to</c>).</summary>
    public string? To { get; internal init; }

    /// <summary>
    /// The message, typed like an inbound one (<see cref="TextMessageReceived"/>, <see cref="MessageEditReceived"/>,
    /// <see cref="MessageRevokeReceived"/>, ...): its <see cref="InboundMessage.From"/> is the business number.
    /// </summary>
    public InboundMessage Message { get; internal init; } = null!;
}

/// <summary>
/// One chunk of the chat history a user shared when the business onboarded a number used with the WhatsApp Business
/// app (<c>history</c>, <c>value.history[]</c>), or the errors of a user who declined (then <see cref="Threads"/> is empty).
/// </summary>
public sealed class HistorySync : WebhookEvent
{
    internal HistorySync()
    {
    }

    /// <summary>The phase (<c>metadata.phase</c>): 0 (last day), 1 (last 90 days), 2 (older).</summary>
    public long? Phase { get; internal init; }

    /// <summary>The chunk's place in its phase (<c>metadata.chunk_order</c>).</summary>
    public long? ChunkOrder { get; internal init; }

    /// <summary>How far the share is, 0 to 100 (<c>metadata.progress</c>).</summary>
    public long? Progress { get; internal init; }

    /// <summary>The chats (<c>threads</c>).</summary>
    public IReadOnlyList<HistoryThread> Threads { get; internal init; } = [];

    /// <summary>Why there is no history (<c>errors</c>, e.g. 2593109 when the user declined); empty otherwise.</summary>
    public IReadOnlyList<WebhookError> Errors { get; internal init; } = [];
}

/// <summary>One chat of a <see cref="HistorySync"/> (<c>threads[]</c>).</summary>
public sealed class HistoryThread
{
    internal HistoryThread()
    {
    }

    /// <summary>The user's WhatsApp id (<c>id</c>).</summary>
    public string? Id { get; internal init; }

    /// <summary>The messages, oldest first as Meta sends them (<c>messages</c>).</summary>
    public IReadOnlyList<HistoryMessage> Messages { get; internal init; } = [];
}

/// <summary>A message of a shared chat history.</summary>
public sealed class HistoryMessage
{
    internal HistoryMessage()
    {
    }

    /// <summary>The message, typed like an inbound one; sent by the user or by the business (compare <see cref="InboundMessage.From"/>).</summary>
    public InboundMessage Message { get; internal init; } = null!;

    /// <summary>The recipient (<c>to</c>), on messages the business sent.</summary>
    public string? To { get; internal init; }

    /// <summary>Its status when shared (<c>history_context.status</c>): <c>READ</c>, <c>DELIVERED</c>, <c>SENT</c>, <c>PLAYED</c>, <c>ERROR</c>, <c>PENDING</c>.</summary>
    public string? Status { get; internal init; }
}

/// <summary>A contact was added to or removed from the WhatsApp Business app's address book (<c>smb_app_state_sync</c>, <c>value.state_sync[]</c>).</summary>
public sealed class AppStateSyncUpdate : WebhookEvent
{
    internal AppStateSyncUpdate()
    {
    }

    /// <summary>What was synced (<c>type</c>), e.g. <c>contact</c>.</summary>
    public string? SyncType { get; internal init; }

    /// <summary><c>add</c> or <c>remove</c> (<c>action</c>).</summary>
    public string? Action { get; internal init; }

    /// <summary>When (<c>metadata.timestamp</c>).</summary>
    public DateTimeOffset? Timestamp { get; internal init; }

    /// <summary>The contact's full name (<c>contact.full_name</c>).</summary>
    public string? ContactFullName { get; internal init; }

    /// <summary>The contact's first name (<c>contact.first_name</c>).</summary>
    public string? ContactFirstName { get; internal init; }

    /// <summary>The contact's number (<c>contact.phone_number</c>).</summary>
    public string? ContactPhoneNumber { get; internal init; }
}

/// <summary>A purchase or lead Meta detected in a chat (<c>automatic_events</c>, <c>value.automatic_events[]</c>).</summary>
public sealed class AutomaticEvent : WebhookEvent
{
    internal AutomaticEvent()
    {
    }

    /// <summary>The id of the message the event was detected in (<c>id</c>).</summary>
    public string? MessageId { get; internal init; }

    /// <summary>The event (<c>event_name</c>): <c>Purchase</c> or <c>LeadSubmitted</c>.</summary>
    public string? EventName { get; internal init; }

    /// <summary>When (<c>timestamp</c>).</summary>
    public DateTimeOffset? Timestamp { get; internal init; }

    /// <summary>The click-to-WhatsApp click id (<c>ctwa_clid</c>) of the ad that started the chat.</summary>
    public string? ClickId { get; internal init; }

    /// <summary>The currency of a purchase (<c>custom_data.currency</c>).</summary>
    public string? Currency { get; internal init; }

    /// <summary>The amount of a purchase (<c>custom_data.value</c>).</summary>
    public decimal? Value { get; internal init; }
}
