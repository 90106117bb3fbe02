namespace CloudApi.Sdk.Webhooks;

/// <summary>The user shared one or more contact cards (<c>type: contacts</c>).</summary>
public sealed record ContactsMessageReceived : InboundMessage
{
    /// <summary>The shared cards (<c>contacts[]</c> of the message; not the sender profiles in <see cref="WebhookEvent.Contacts"/>).</summary>
    public IReadOnlyList<SharedContact> SharedContacts { get; init; } = [];
}

/// <summary>A shared contact card.</summary>
public sealed record SharedContact
{
    /// <summary>The full name (<c>name.formatted_name</c>).</summary>
    public string? FormattedName { get; init; }

    /// <summary>The first name (<c>name.first_name</c>).</summary>
    public string? FirstName { get; init; }

    /// <summary>The last name (<c>name.last_name</c>).</summary>
    public string? LastName { get; init; }

    /// <summary>The birthday as sent (<c>birthday</c>, <c>YYYY-MM-DD</c>).</summary>
    public string? Birthday { get; init; }

    /// <summary>The company (<c>org.company</c>).</summary>
    public string? Company { get; init; }

    /// <summary>The phone numbers (<c>phones[]</c>).</summary>
    public IReadOnlyList<SharedContactPhone> Phones { get; init; } = [];

    /// <summary>The e-mail addresses (<c>emails[].email</c>).</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>The web sites (<c>urls[].url</c>).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];
}

/// <summary>A phone number on a shared contact card.</summary>
/// <param name="Phone">The number as written (<c>phone</c>).</param>
/// <param name="Type">The label (<c>type</c>): <c>CELL</c>, <c>HOME</c>, <c>WORK</c>, ...</param>
/// <param name="WaId">The WhatsApp id, when the number is on WhatsApp (<c>wa_id</c>).</param>
public sealed record SharedContactPhone(string? Phone, string? Type, string? WaId);
