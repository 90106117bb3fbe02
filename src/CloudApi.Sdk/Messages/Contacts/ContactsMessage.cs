using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>One or more contact cards: <c>{"type":"contacts","contacts":[{"name":{"formatted_name":"..."},"phones":[...],...}]}</c>.</summary>
public sealed partial class ContactsMessage : WhatsAppMessage
{
    private readonly Contact[] _contacts;

    /// <summary>Creates a contacts message.</summary>
    /// <param name="contacts">The contact cards, at least one.</param>
    /// <exception cref="WhatsAppValidationException">No contact, or a <see langword="null"/> one.</exception>
    public ContactsMessage(params IEnumerable<Contact> contacts)
    {
        _contacts = Validate.Copy(contacts, "contacts");
        Validate.Count(_contacts.Length, 1, int.MaxValue, "contacts");
        Contacts = Validate.ReadOnly(_contacts);
    }

    /// <inheritdoc />
    public override string Type => "contacts";

    /// <summary>The contact cards.</summary>
    public IReadOnlyList<Contact> Contacts { get; }

    internal override JsonEncodedText EncodedType => JsonNames.Contacts;
}
