using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// The category of a message template (<c>category</c>), which sets its pricing and rules.
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[JsonConverter(typeof(StringValueConverter<TemplateCategory>))]
public readonly record struct TemplateCategory : IStringValue<TemplateCategory>
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public TemplateCategory(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>MARKETING</c>: Promotions, offers, announcements.</summary>
    public static TemplateCategory Marketing { get; } = new("MARKETING");

    /// <summary><c>UTILITY</c>: Updates about a transaction or account the user asked for.</summary>
    public static TemplateCategory Utility { get; } = new("UTILITY");

    /// <summary><c>AUTHENTICATION</c>: One-time passcodes.</summary>
    public static TemplateCategory Authentication { get; } = new("AUTHENTICATION");

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    static TemplateCategory IStringValue<TemplateCategory>.FromString(string value) => new(value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
