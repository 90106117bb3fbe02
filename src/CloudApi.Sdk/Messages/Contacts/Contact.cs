namespace CloudApi.Sdk.Messages;

/// <summary>One shared contact card (an item of <c>contacts[]</c>); only the name is required.</summary>
public sealed partial class Contact
{
    /// <summary>Creates a contact card.</summary>
    /// <param name="name">The name; <c>formatted_name</c> is required.</param>
    /// <exception cref="WhatsAppValidationException">The name is missing.</exception>
    public Contact(ContactName name)
    {
        Name = Validate.NotNull(name, "contacts.name");
    }

    /// <summary>The name.</summary>
    public ContactName Name { get; }

    /// <summary><value>The phone numbers (copied). Default empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The list is <see langword="null"/> or contains <see langword="null"/>.</exception>
    public IReadOnlyList<ContactPhone> Phones { get; init => field = Validate.ReadOnly(Validate.Copy(value, "contacts.phones")); } = [];

    /// <summary><value>The e-mail addresses (copied). Default empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The list is <see langword="null"/> or contains <see langword="null"/>.</exception>
    public IReadOnlyList<ContactEmail> Emails { get; init => field = Validate.ReadOnly(Validate.Copy(value, "contacts.emails")); } = [];

    /// <summary><value>The web addresses (copied). Default empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The list is <see langword="null"/> or contains <see langword="null"/>.</exception>
    public IReadOnlyList<ContactUrl> Urls { get; init => field = Validate.ReadOnly(Validate.Copy(value, "contacts.urls")); } = [];

    /// <summary><value>The postal addresses (copied). Default empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The list is <see langword="null"/> or contains <see langword="null"/>.</exception>
    public IReadOnlyList<ContactAddress> Addresses { get; init => field = Validate.ReadOnly(Validate.Copy(value, "contacts.addresses")); } = [];

    /// <summary><value>The employer. Default <see langword="null"/> (none).</value></summary>
    public ContactOrganization? Organization { get; init; }

    /// <summary><value>The birthday, sent as <c>YYYY-MM-DD</c>. Default <see langword="null"/> (none).</value></summary>
    public DateOnly? Birthday { get; init; }
}
