namespace CloudApi.Sdk.Messages;

/// <summary>The <c>type</c> of a contact's e-mail, URL or address. String-backed, so a value Meta adds later can be sent.</summary>
public readonly record struct ContactInfoType
{
    private readonly string? _value;

    /// <summary>Creates a type from Meta's string.</summary>
    /// <param name="value">The value as Meta names it, e.g. <c>WORK</c>.</param>
    public ContactInfoType(string value)
    {
        Validate.NotEmpty(value, "type");
        _value = value;
    }

    /// <summary>Home.</summary>
    public static ContactInfoType Home { get; } = new("HOME");

    /// <summary>Work.</summary>
    public static ContactInfoType Work { get; } = new("WORK");

    /// <summary>The value as sent.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
