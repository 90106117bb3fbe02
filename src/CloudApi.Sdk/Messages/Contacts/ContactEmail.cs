namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's e-mail address (<c>emails[]</c>).</summary>
public sealed record ContactEmail
{
    /// <summary>Creates an e-mail entry.</summary>
    /// <param name="email">The address.</param>
    /// <param name="type">Home or work; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">The address is empty.</exception>
    public ContactEmail(string email, ContactInfoType? type = null)
    {
        Validate.NotEmpty(email, "contacts.emails.email");
        Email = email;
        Type = type;
    }

    /// <summary>The address.</summary>
    public string Email { get; }

    /// <summary>Home or work, or <see langword="null"/>.</summary>
    public ContactInfoType? Type { get; }
}
