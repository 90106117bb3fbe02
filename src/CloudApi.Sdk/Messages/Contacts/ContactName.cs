namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's name (<c>name</c>); <c>formatted_name</c> is required.</summary>
public sealed record ContactName
{
    /// <summary>Creates a name.</summary>
    /// <param name="formattedName">The full name as displayed, e.g. <c>Ana Ruiz</c>.</param>
    /// <param name="firstName">The first name.</param>
    /// <param name="lastName">The last name.</param>
    /// <param name="middleName">The middle name.</param>
    /// <param name="prefix">A prefix, e.g. <c>Dr.</c>.</param>
    /// <param name="suffix">A suffix, e.g. <c>Jr.</c>.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="formattedName"/> is empty, or another part is empty (use <see langword="null"/>).</exception>
    public ContactName(string formattedName, string? firstName = null, string? lastName = null, string? middleName = null, string? prefix = null, string? suffix = null)
    {
        Validate.NotEmpty(formattedName, "contacts.name.formatted_name");
        Validate.OptionalNotEmpty(firstName, "contacts.name.first_name");
        Validate.OptionalNotEmpty(lastName, "contacts.name.last_name");
        Validate.OptionalNotEmpty(middleName, "contacts.name.middle_name");
        Validate.OptionalNotEmpty(prefix, "contacts.name.prefix");
        Validate.OptionalNotEmpty(suffix, "contacts.name.suffix");
        FormattedName = formattedName;
        FirstName = firstName;
        LastName = lastName;
        MiddleName = middleName;
        Prefix = prefix;
        Suffix = suffix;
    }

    /// <summary>The full name as displayed.</summary>
    public string FormattedName { get; }

    /// <summary>The first name, or <see langword="null"/>.</summary>
    public string? FirstName { get; }

    /// <summary>The last name, or <see langword="null"/>.</summary>
    public string? LastName { get; }

    /// <summary>The middle name, or <see langword="null"/>.</summary>
    public string? MiddleName { get; }

    /// <summary>The prefix, or <see langword="null"/>.</summary>
    public string? Prefix { get; }

    /// <summary>The suffix, or <see langword="null"/>.</summary>
    public string? Suffix { get; }
}
