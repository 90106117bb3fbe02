using CloudApi.Sdk.Http;
using CloudApi.Sdk.Templates.Wire;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// A message template as Meta stores it (<c>GET /{template-id}</c>, an element of <c>GET /{waba-id}/message_templates</c>).
/// A field the SDK does not model is in <see cref="GraphResult.RawJson"/>.
/// </summary>
public sealed class MessageTemplate : GraphResult
{
    internal MessageTemplate(MessageTemplateWire wire, GraphSource source)
        : this(
            source,
            wire.Id ?? string.Empty,
            wire.Name ?? string.Empty,
            wire.Language ?? string.Empty,
            wire.Status ?? default,
            wire.Category ?? default,
            wire.ParameterFormat,
            TemplateDefinitionMapper.ReadComponents(wire.Components),
            wire.QualityScore is { } score ? new TemplateQualityScore(score) : null,
            wire.RejectedReason)
    {
    }

    internal MessageTemplate(
        GraphSource source, string id, string name, string language, TemplateStatus status, TemplateCategory category,
        TemplateParameterFormat? parameterFormat, IReadOnlyList<TemplateDefinitionComponent> components,
        TemplateQualityScore? qualityScore, TemplateRejectionReason? rejectedReason)
        : base(source)
    {
        Id = id;
        Name = name;
        Language = language;
        Status = status;
        Category = category;
        ParameterFormat = parameterFormat;
        Components = components;
        QualityScore = qualityScore;
        RejectedReason = rejectedReason;
    }

    /// <summary>The template id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The template name (<c>name</c>); the same name may exist in several languages.</summary>
    public string Name { get; }

    /// <summary>The language and locale code (<c>language</c>), e.g. <c>en_US</c>.</summary>
    public string Language { get; }

    /// <summary>The review status (<c>status</c>).</summary>
    public TemplateStatus Status { get; }

    /// <summary>The category (<c>category</c>).</summary>
    public TemplateCategory Category { get; }

    /// <summary>How variables are written (<c>parameter_format</c>); <see langword="null"/> when Meta omitted it (positional).</summary>
    public TemplateParameterFormat? ParameterFormat { get; }

    /// <summary>
    /// The components (<c>components</c>), in Meta's order; empty when Meta sent none. A component or button of a type
    /// the SDK does not type is a <see cref="RawTemplateComponent"/> or <see cref="RawTemplateButton"/> with its JSON.
    /// </summary>
    public IReadOnlyList<TemplateDefinitionComponent> Components { get; }

    /// <summary>The quality score (<c>quality_score</c>), when Meta rated it.</summary>
    public TemplateQualityScore? QualityScore { get; }

    /// <summary>Why the template was rejected (<c>rejected_reason</c>); <see langword="null"/> or <c>NONE</c> when it was not.</summary>
    public TemplateRejectionReason? RejectedReason { get; }
}
