namespace CloudApi.Sdk.Webhooks;

/// <summary>The user shared one or more contact cards (<c>type: contacts</c>).</summary>
public sealed class ContactsMessageReceived : InboundMessage
{
    internal ContactsMessageReceived()
    {
    }

    /// <summary>The shared cards (<c>contacts[]</c> of the message; not the sender profiles in <see cref="WebhookEvent.Contacts"/>).</summary>
    public IReadOnlyList<SharedContact> SharedContacts { get; internal init; } = [];
}

/// <summary>A shared contact card.</summary>
public sealed class SharedContact
{
    internal SharedContact()
    {
    }

    /// <summary>The full name (<c>name.formatted_name</c>).</summary>
    public string? FormattedName { get; internal init; }

    /// <summary>The first name (<c>name.first_name</c>).</summary>
    public string? FirstName { get; internal init; }

    /// <summary>The last name (<c>name.last_name</c>).</summary>
    public string? LastName { get; internal init; }

    /// <summary>The birthday as sent (<c>birthday</c>, <c>YYYY-MM-DD</c>).</summary>
    public string? Birthday { get; internal init; }

    /// <summary>The company (<c>org.company</c>).</summary>
    public string? Company { get; internal init; }

    /// <summary>The phone numbers (<c>phones[]</c>).</summary>
    public IReadOnlyList<SharedContactPhone> Phones { get; internal init; } = [];

    /// <summary>The e-mail addresses (<c>emails[].email</c>).</summary>
    public IReadOnlyList<string> Emails { get; internal init; } = [];

    /// <summary>The web sites (<c>urls[].url</c>).</summary>
    public IReadOnlyList<string> Urls { get; internal init; } = [];
}

/// <summary>A phone number on a shared contact card.</summary>
public sealed class SharedContactPhone
{
    internal SharedContactPhone(string? phone, string? type, string? waId)
    {
        Phone = phone;
        Type = type;
        WaId = waId;
    }

    /// <summary>The number as written (<c>phone</c>).</summary>
    public string? Phone { get; }

    /// <summary>The label (<c>type</c>): <c>CELL</c>, <c>HOME</c>, <c>WORK</c>, ...</summary>
    public string? Type { get; }

    /// <summary>The WhatsApp id, when the number is on WhatsApp (<c>wa_id</c>).</summary>
    public string? WaId { get; }
}
