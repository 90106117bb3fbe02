using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// The category of a message template (<c>category</c>), which sets its pricing and rules.
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<TemplateCategory>))]
public readonly partial struct TemplateCategory
{
    /// <summary><c>MARKETING</c>: Promotions, offers, announcements.</summary>
    public static TemplateCategory Marketing { get; } = new("MARKETING");

    /// <summary><c>UTILITY</c>: Updates about a transaction or account the user asked for.</summary>
    public static TemplateCategory Utility { get; } = new("UTILITY");

    /// <summary><c>AUTHENTICATION</c>: One-time passcodes.</summary>
    public static TemplateCategory Authentication { get; } = new("AUTHENTICATION");
}
