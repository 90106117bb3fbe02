using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// Why a template was rejected (<c>rejected_reason</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<TemplateRejectionReason>))]
public readonly partial struct TemplateRejectionReason
{
    /// <summary><c>ABUSIVE_CONTENT</c>: The content was judged abusive.</summary>
    public static TemplateRejectionReason AbusiveContent { get; } = new("ABUSIVE_CONTENT");

    /// <summary><c>INCORRECT_CATEGORY</c>: The category does not fit the content.</summary>
    public static TemplateRejectionReason IncorrectCategory { get; } = new("INCORRECT_CATEGORY");

    /// <summary><c>INVALID_FORMAT</c>: The format is invalid (e.g. variables, characters).</summary>
    public static TemplateRejectionReason InvalidFormat { get; } = new("INVALID_FORMAT");

    /// <summary><c>PROMOTIONAL</c>: Promotional content in a non-marketing template.</summary>
    public static TemplateRejectionReason Promotional { get; } = new("PROMOTIONAL");

    /// <summary><c>SCAM</c>: The content was judged a scam.</summary>
    public static TemplateRejectionReason Scam { get; } = new("SCAM");

    /// <summary><c>TAG_CONTENT_MISMATCH</c>: The content does not match the category or language.</summary>
    public static TemplateRejectionReason TagContentMismatch { get; } = new("TAG_CONTENT_MISMATCH");

    /// <summary><c>NONE</c>: Not rejected.</summary>
    public static TemplateRejectionReason None { get; } = new("NONE");
}
