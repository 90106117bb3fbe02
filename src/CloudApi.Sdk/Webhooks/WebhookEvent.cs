namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// One event of a webhook notification: an inbound message, a message status, or an update of another subscribed field.
/// Each event carries where it came from: the WhatsApp Business Account (<c>entry.id</c>), the subscription
/// <see cref="Field"/>, and for the <c>messages</c> field the business number (<see cref="Metadata"/>) and the
/// users' profiles (<see cref="Contacts"/>).
/// </summary>
/// <remarks>Events are immutable and built by the SDK; fake them in tests with <see cref="WhatsAppModelFactory"/>.</remarks>
public abstract class WebhookEvent
{
    private protected WebhookEvent()
    {
    }

    // Backing fields, so the parser can attach the entry and change an event came from once those are read
    // (Meta does not guarantee that "id", "field" and "metadata" precede the items).
    private string _businessAccountId = string.Empty;
    private string _field = string.Empty;
    private DateTimeOffset? _entryTime;
    private WebhookMetadata? _metadata;
    private IReadOnlyList<WebhookContact> _contacts = [];

    /// <summary>The WhatsApp Business Account id (<c>entry[].id</c>).</summary>
    public string BusinessAccountId { get => _businessAccountId; internal init => _businessAccountId = value; }

    /// <summary>The subscription field (<c>entry[].changes[].field</c>), e.g. <see cref="WebhookFields.Messages"/>.</summary>
    public string Field { get => _field; internal init => _field = value; }

    /// <summary>The <c>entry[].time</c>, which Meta sends on fields other than <c>messages</c>; otherwise <see langword="null"/>.</summary>
    public DateTimeOffset? EntryTime { get => _entryTime; internal init => _entryTime = value; }

    /// <summary>The business phone number the event concerns (<c>value.metadata</c>), when Meta sent it.</summary>
    public WebhookMetadata? Metadata { get => _metadata; internal init => _metadata = value; }

    /// <summary>The users' profiles sent along (<c>value.contacts</c>); empty when none.</summary>
    public IReadOnlyList<WebhookContact> Contacts { get => _contacts; internal init => _contacts = value; }

    /// <summary>The business phone-number id (<c>value.metadata.phone_number_id</c>), or <see langword="null"/>.</summary>
    public string? PhoneNumberId => Metadata?.PhoneNumberId;

    internal void AttachChange(string field, WebhookMetadata? metadata, IReadOnlyList<WebhookContact> contacts)
    {
        _field = field;
        _metadata = metadata;
        _contacts = contacts;
    }

    internal void AttachEntry(string businessAccountId, DateTimeOffset? entryTime)
    {
        _businessAccountId = businessAccountId;
        _entryTime = entryTime;
    }
}
