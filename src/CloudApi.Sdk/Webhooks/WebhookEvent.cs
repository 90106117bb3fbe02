using System.Text;
using CloudApi.Sdk.Webhooks.Wire;

namespace CloudApi.Sdk.Webhooks;

/// <summary>
/// One event of a webhook notification: an inbound message, a message status, or an update of another subscribed field.
/// Each event carries where it came from: the WhatsApp Business Account (<c>entry.id</c>), the subscription
/// <see cref="Field"/>, for the fields that have them the business number (<see cref="Metadata"/>) and the
/// users' profiles (<see cref="Contacts"/>), and the JSON it was read from (<see cref="RawJson"/>).
/// </summary>
/// <remarks>Events are immutable and built by the SDK; fake them in tests with <see cref="WhatsAppModelFactory"/>.</remarks>
public abstract class WebhookEvent
{
    private protected WebhookEvent()
    {
    }

    // Backing fields, so the parser can attach the entry and change an event came from after building it.
    private string _businessAccountId = string.Empty;
    private string _field = string.Empty;
    private DateTimeOffset? _entryTime;
    private WebhookMetadata? _metadata;
    private IReadOnlyList<WebhookContact> _contacts = [];
    private RawJsonRef _raw;
    private string? _rawJson;

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

    /// <summary>
    /// The JSON the event was read from, exactly as received: the item for an item of a list (<c>messages[i]</c>,
    /// <c>statuses[i]</c>, <c>calls[i]</c>, <c>groups[i]</c>, ...), else the change's <c>value</c>. Read what the SDK
    /// does not model from it; it is decoded on first use.
    /// </summary>
    public string RawJson
    {
        get => _rawJson ??= _raw.Resolve() is { IsEmpty: false } utf8 ? Encoding.UTF8.GetString(utf8.Span) : "{}";
        internal init => _rawJson = value;
    }

    /// <summary>The business phone-number id (<c>value.metadata.phone_number_id</c>), or <see langword="null"/>.</summary>
    public string? PhoneNumberId => Metadata?.PhoneNumberId;

    /// <summary>Sets where the event came from and where its JSON is (in the parser's copy of the body).</summary>
    internal void Attach(in WebhookSource source, RawJsonRef raw)
    {
        _businessAccountId = source.BusinessAccountId;
        _entryTime = source.EntryTime;
        _field = source.Field;
        _metadata = source.Metadata;
        _contacts = source.Contacts;
        _raw = raw;
    }
}

/// <summary>The entry and change an event came from.</summary>
internal readonly record struct WebhookSource(
    string BusinessAccountId,
    DateTimeOffset? EntryTime,
    string Field,
    WebhookMetadata? Metadata,
    IReadOnlyList<WebhookContact> Contacts);

/// <summary>
/// Where an event's JSON is: a change's value, or (with <see cref="List"/>) the item at <see cref="Index"/> of one of
/// its lists, found only when <see cref="WebhookEvent.RawJson"/> is first read.
/// </summary>
internal readonly record struct RawJsonRef(ReadOnlyMemory<byte> Container, string? List = null, int Index = 0)
{
    public ReadOnlyMemory<byte> Resolve() => List is null ? Container : RawJsonLocator.Find(Container, List, Index);
}
