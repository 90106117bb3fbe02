using System.Globalization;
using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>One shared contact card (an item of <c>contacts[]</c>).</summary>
public sealed class Contact
{
    private readonly ContactPhone[] _phones;
    private readonly ContactEmail[] _emails;
    private readonly ContactUrl[] _urls;
    private readonly ContactAddress[] _addresses;

    /// <summary>Creates a contact card.</summary>
    /// <param name="name">The name; <c>formatted_name</c> is required.</param>
    /// <param name="phones">Phone numbers; <see langword="null"/> for none.</param>
    /// <param name="emails">E-mail addresses; <see langword="null"/> for none.</param>
    /// <param name="urls">Web addresses; <see langword="null"/> for none.</param>
    /// <param name="addresses">Postal addresses; <see langword="null"/> for none.</param>
    /// <param name="organization">The employer; <see langword="null"/> for none.</param>
    /// <param name="birthday">The birthday, sent as <c>YYYY-MM-DD</c>; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">The name is missing, or a list contains <see langword="null"/>.</exception>
    public Contact(
        ContactName name,
        IEnumerable<ContactPhone>? phones = null,
        IEnumerable<ContactEmail>? emails = null,
        IEnumerable<ContactUrl>? urls = null,
        IEnumerable<ContactAddress>? addresses = null,
        ContactOrganization? organization = null,
        DateOnly? birthday = null)
    {
        Name = Validate.NotNull(name, "contacts.name");
        _phones = phones is null ? [] : Validate.Copy(phones, "contacts.phones");
        _emails = emails is null ? [] : Validate.Copy(emails, "contacts.emails");
        _urls = urls is null ? [] : Validate.Copy(urls, "contacts.urls");
        _addresses = addresses is null ? [] : Validate.Copy(addresses, "contacts.addresses");
        Phones = Validate.ReadOnly(_phones);
        Emails = Validate.ReadOnly(_emails);
        Urls = Validate.ReadOnly(_urls);
        Addresses = Validate.ReadOnly(_addresses);
        Organization = organization;
        Birthday = birthday;
    }

    /// <summary>The name.</summary>
    public ContactName Name { get; }

    /// <summary>The phone numbers (possibly empty).</summary>
    public IReadOnlyList<ContactPhone> Phones { get; }

    /// <summary>The e-mail addresses (possibly empty).</summary>
    public IReadOnlyList<ContactEmail> Emails { get; }

    /// <summary>The web addresses (possibly empty).</summary>
    public IReadOnlyList<ContactUrl> Urls { get; }

    /// <summary>The postal addresses (possibly empty).</summary>
    public IReadOnlyList<ContactAddress> Addresses { get; }

    /// <summary>The employer, or <see langword="null"/>.</summary>
    public ContactOrganization? Organization { get; }

    /// <summary>The birthday, or <see langword="null"/>.</summary>
    public DateOnly? Birthday { get; }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartObject(JsonNames.Name);
        writer.WriteString(JsonNames.FormattedName, Name.FormattedName);
        writer.WriteOptionalString(JsonNames.FirstName, Name.FirstName);
        writer.WriteOptionalString(JsonNames.LastName, Name.LastName);
        writer.WriteOptionalString(JsonNames.MiddleName, Name.MiddleName);
        writer.WriteOptionalString(JsonNames.Prefix, Name.Prefix);
        writer.WriteOptionalString(JsonNames.Suffix, Name.Suffix);
        writer.WriteEndObject();

        WriteObjects(writer, JsonNames.Phones, _phones, static (w, phone) =>
        {
            w.WriteString(JsonNames.Phone, phone.Phone);
            w.WriteOptionalString(JsonNames.Type, phone.Type?.Value);
            w.WriteOptionalString(JsonNames.WaId, phone.WaId);
        });
        WriteObjects(writer, JsonNames.Emails, _emails, static (w, email) =>
        {
            w.WriteString(JsonNames.Email, email.Email);
            w.WriteOptionalString(JsonNames.Type, email.Type?.Value);
        });
        WriteObjects(writer, JsonNames.Urls, _urls, static (w, url) =>
        {
            w.WriteString(JsonNames.Url, url.Url);
            w.WriteOptionalString(JsonNames.Type, url.Type?.Value);
        });
        WriteObjects(writer, JsonNames.Addresses, _addresses, static (w, address) =>
        {
            w.WriteOptionalString(JsonNames.Street, address.Street);
            w.WriteOptionalString(JsonNames.City, address.City);
            w.WriteOptionalString(JsonNames.State, address.State);
            w.WriteOptionalString(JsonNames.Zip, address.Zip);
            w.WriteOptionalString(JsonNames.Country, address.Country);
            w.WriteOptionalString(JsonNames.CountryCode, address.CountryCode);
            w.WriteOptionalString(JsonNames.Type, address.Type?.Value);
        });

        if (Organization is { } org)
        {
            writer.WriteStartObject(JsonNames.Org);
            writer.WriteOptionalString(JsonNames.Company, org.Company);
            writer.WriteOptionalString(JsonNames.Department, org.Department);
            writer.WriteOptionalString(JsonNames.Title, org.Title);
            writer.WriteEndObject();
        }

        if (Birthday is { } birthday)
        {
            Span<char> buffer = stackalloc char[10];
            birthday.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.WriteString(JsonNames.Birthday, buffer[..written]);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="items"/> as an array of objects under <paramref name="name"/>; nothing when empty.</summary>
    private static void WriteObjects<T>(Utf8JsonWriter writer, JsonEncodedText name, T[] items, Action<Utf8JsonWriter, T> writeMembers)
    {
        if (items.Length == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writeMembers(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
