using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Whether the number is live or a sandbox (<c>account_mode</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[JsonConverter(typeof(StringValueConverter<AccountMode>))]
public readonly record struct AccountMode : IStringValue<AccountMode>
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public AccountMode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>LIVE</c>: A live number.</summary>
    public static AccountMode Live { get; } = new("LIVE");

    /// <summary><c>SANDBOX</c>: A sandbox (test) number.</summary>
    public static AccountMode Sandbox { get; } = new("SANDBOX");

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    static AccountMode IStringValue<AccountMode>.FromString(string value) => new(value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
