namespace CloudApi.Sdk.Messages;

/// <summary>The <c>type</c> of a contact's phone number. String-backed, so a value Meta adds later can be sent.</summary>
public readonly record struct ContactPhoneType
{
    private readonly string? _value;

    /// <summary>Creates a phone type from Meta's string.</summary>
    /// <param name="value">The value as Meta names it, e.g. <c>CELL</c>.</param>
    public ContactPhoneType(string value)
    {
        Validate.NotEmpty(value, "phones.type");
        _value = value;
    }

    /// <summary>A mobile number.</summary>
    public static ContactPhoneType Cell { get; } = new("CELL");

    /// <summary>The main number.</summary>
    public static ContactPhoneType Main { get; } = new("MAIN");

    /// <summary>An iPhone.</summary>
    public static ContactPhoneType IPhone { get; } = new("IPHONE");

    /// <summary>A home number.</summary>
    public static ContactPhoneType Home { get; } = new("HOME");

    /// <summary>A work number.</summary>
    public static ContactPhoneType Work { get; } = new("WORK");

    /// <summary>The value as sent.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
