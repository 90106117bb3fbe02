using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// The quality score of a template (<c>quality_score.score</c>). A red template may be paused.
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<TemplateQuality>))]
public readonly partial struct TemplateQuality
{
    /// <summary><c>GREEN</c>: High quality.</summary>
    public static TemplateQuality Green { get; } = new("GREEN");

    /// <summary><c>YELLOW</c>: Medium quality.</summary>
    public static TemplateQuality Yellow { get; } = new("YELLOW");

    /// <summary><c>RED</c>: Low quality: the template risks being paused.</summary>
    public static TemplateQuality Red { get; } = new("RED");

    /// <summary><c>UNKNOWN</c>: Not rated yet.</summary>
    public static TemplateQuality Unknown { get; } = new("UNKNOWN");
}
