namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's name (<c>name</c>); <c>formatted_name</c> is required, every other part optional.</summary>
public sealed partial class ContactName
{
    /// <summary>Creates a name.</summary>
    /// <param name="formattedName">The full name as displayed, e.g. <c>Ana Ruiz</c>.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="formattedName"/> is empty.</exception>
    public ContactName(string formattedName)
    {
        Validate.NotEmpty(formattedName, "contacts.name.formatted_name");
        FormattedName = formattedName;
    }

    /// <summary>The full name as displayed.</summary>
    public string FormattedName { get; }

    /// <summary><value>The first name. Default <see langword="null"/>; when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public string? FirstName
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "contacts.name.first_name");
    }

    /// <summary><value>The last name. Default <see langword="null"/>; when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public string? LastName
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "contacts.name.last_name");
    }

    /// <summary><value>The middle name. Default <see langword="null"/>; when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public string? MiddleName
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "contacts.name.middle_name");
    }

    /// <summary><value>A prefix, e.g. <c>Dr.</c>. Default <see langword="null"/>; when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public string? Prefix
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "contacts.name.prefix");
    }

    /// <summary><value>A suffix, e.g. <c>Jr.</c>. Default <see langword="null"/>; when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public string? Suffix
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "contacts.name.suffix");
    }
}
