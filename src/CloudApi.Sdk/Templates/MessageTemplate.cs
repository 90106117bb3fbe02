namespace CloudApi.Sdk.Templates;

/// <summary>A message template as Meta stores it (an element of <c>GET /{waba-id}/message_templates</c>).</summary>
public sealed record MessageTemplate
{
    /// <summary>The template id (<c>id</c>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The template name (<c>name</c>); the same name may exist in several languages.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The language and locale code (<c>language</c>), e.g. <c>en_US</c>.</summary>
    public string Language { get; init; } = string.Empty;

    /// <summary>The review status (<c>status</c>).</summary>
    public TemplateStatus Status { get; init; }

    /// <summary>The category (<c>category</c>).</summary>
    public TemplateCategory Category { get; init; }

    /// <summary>How variables are written (<c>parameter_format</c>); <see langword="null"/> when Meta omitted it (positional).</summary>
    public TemplateParameterFormat? ParameterFormat { get; init; }

    /// <summary>The components (<c>components</c>).</summary>
    public IReadOnlyList<TemplateDefinitionComponent> Components { get; init; } = [];

    /// <summary>The quality score (<c>quality_score</c>), when Meta rated it.</summary>
    public TemplateQualityScore? QualityScore { get; init; }

    /// <summary>Why the template was rejected (<c>rejected_reason</c>); <see langword="null"/> or <c>NONE</c> when it was not.</summary>
    public TemplateRejectionReason? RejectedReason { get; init; }
}
