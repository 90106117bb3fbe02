namespace CloudApi.Sdk.Templates;

/// <summary>
/// A new message template (<c>POST /{waba-id}/message_templates</c>). It is validated before it is sent: the name, the lengths
/// and counts of the components and buttons, and examples matching the variables.
/// </summary>
public sealed record CreateTemplateRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="name">Lower-case letters, digits and underscores, up to 512 characters.</param>
    /// <param name="language">The language and locale code, e.g. <c>en_US</c>.</param>
    /// <param name="category">The category.</param>
    /// <param name="components">The components: a body, optionally a header, a footer and buttons.</param>
    public CreateTemplateRequest(string name, string language, TemplateCategory category, IReadOnlyList<TemplateDefinitionComponent> components)
    {
        Name = name;
        Language = language;
        Category = category;
        Components = components;
    }

    /// <summary>The template name (<c>name</c>).</summary>
    public string Name { get; init; }

    /// <summary>The language code (<c>language</c>).</summary>
    public string Language { get; init; }

    /// <summary>The category (<c>category</c>).</summary>
    public TemplateCategory Category { get; init; }

    /// <summary>The components (<c>components</c>).</summary>
    public IReadOnlyList<TemplateDefinitionComponent> Components { get; init; }

    /// <summary>
    /// <value>How the variables are written (<c>parameter_format</c>). Default <see langword="null"/>: not sent, Meta assumes positional.</value>
    /// </summary>
    public TemplateParameterFormat? ParameterFormat { get; init; }

    /// <summary>
    /// <value>How long Meta keeps trying to deliver a message of this template, in seconds (<c>message_send_ttl_seconds</c>).
    /// Default <see langword="null"/>: Meta's default.</value>
    /// </summary>
    public int? MessageSendTtlSeconds { get; init; }
}
