namespace CloudApi.Sdk.Templates;

/// <summary>
/// A new message template (<c>POST /{waba-id}/message_templates</c>). The name, language, category and components are
/// checked on construction; the rules across components (lengths, counts, examples matching the variables) are checked
/// by <see cref="ITemplatesClient.CreateAsync"/> before anything is sent.
/// </summary>
public sealed class CreateTemplateRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="name">Lower-case letters, digits and underscores, up to 512 characters.</param>
    /// <param name="language">The language and locale code, e.g. <c>en_US</c>.</param>
    /// <param name="category">The category.</param>
    /// <param name="components">The components: a body, optionally a header, a footer and buttons.</param>
    /// <exception cref="WhatsAppValidationException">A value is missing or malformed; the exception names it.</exception>
    public CreateTemplateRequest(string name, string language, TemplateCategory category, IReadOnlyList<TemplateDefinitionComponent> components)
    {
        TemplateValidator.ValidateName(name, "name");
        LanguageCode.Validate(language, "language");
        if (string.IsNullOrEmpty(category.Value))
        {
            throw new WhatsAppValidationException("category", "category is required.");
        }

        Name = name;
        Language = language;
        Category = category;
        Components = TemplateDefinitionChecks.NoNullItems(components, "components") ??
            throw new WhatsAppValidationException("components", "components is required: a template needs at least a body.");
    }

    /// <summary>The template name (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The language code (<c>language</c>).</summary>
    public string Language { get; }

    /// <summary>The category (<c>category</c>).</summary>
    public TemplateCategory Category { get; }

    /// <summary>The components (<c>components</c>).</summary>
    public IReadOnlyList<TemplateDefinitionComponent> Components { get; }

    /// <summary>
    /// <value>How the variables are written (<c>parameter_format</c>). Default <see langword="null"/>: not sent, Meta assumes positional.</value>
    /// </summary>
    public TemplateParameterFormat? ParameterFormat { get; init; }

    /// <summary>
    /// <value>How long Meta keeps trying to deliver a message of this template, in seconds (<c>message_send_ttl_seconds</c>),
    /// 1 to 2,592,000 (30 days). Default <see langword="null"/>: Meta's default.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The value is out of range.</exception>
    public int? MessageSendTtlSeconds { get; init => field = TemplateValidator.Ttl(value); }
}
