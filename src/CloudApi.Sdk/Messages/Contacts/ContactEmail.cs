namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's e-mail address (<c>emails[]</c>).</summary>
public sealed partial class ContactEmail
{
    /// <summary>Creates an e-mail entry.</summary>
    /// <param name="email">The address.</param>
    /// <exception cref="WhatsAppValidationException">The address is empty.</exception>
    public ContactEmail(string email)
    {
        Validate.NotEmpty(email, "contacts.emails.email");
        Email = email;
    }

    /// <summary>The address.</summary>
    public string Email { get; }

    /// <summary><value>Home or work. Default <see langword="null"/> (none).</value></summary>
    public ContactInfoType? Type { get; init; }
}
