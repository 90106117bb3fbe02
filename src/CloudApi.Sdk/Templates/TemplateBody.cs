namespace CloudApi.Sdk.Templates;

/// <summary>
/// The body of a template (<c>BODY</c>): up to 1,024 characters with variables <c>{{1}}</c> or <c>{{name}}</c>, each with an
/// example. Authentication templates have no text; Meta writes it (set <see cref="AddSecurityRecommendation"/> instead).
/// </summary>
public sealed class TemplateBody : TemplateDefinitionComponent
{
    /// <summary>Creates a body.</summary>
    /// <param name="text">The text, up to 1,024 characters; <see langword="null"/> for authentication templates.</param>
    public TemplateBody(string? text)
    {
        Text = text;
    }

    /// <inheritdoc/>
    public override string Type => "BODY";

    /// <summary>The body text (<c>text</c>).</summary>
    public string? Text { get; }

    /// <summary>
    /// <value>Examples of the positional variables in order, one per variable (<c>example.body_text[0]</c>). Default
    /// <see langword="null"/>: none.</value>
    /// </summary>
    public IReadOnlyList<string>? Examples { get; init => field = TemplateDefinitionChecks.NoNullItems(value, "example.body_text"); }

    /// <summary>
    /// <value>Examples of the named variables, one per variable (<c>example.body_text_named_params</c>). Default
    /// <see langword="null"/>: none.</value>
    /// </summary>
    public IReadOnlyList<TemplateNamedExample>? NamedExamples { get; init => field = TemplateDefinitionChecks.NoNullItems(value, "example.body_text_named_params"); }

    /// <summary>
    /// <value>Authentication templates: whether Meta adds "For your security, do not share this code."
    /// (<c>add_security_recommendation</c>). Default <see langword="null"/>: not sent.</value>
    /// </summary>
    public bool? AddSecurityRecommendation { get; init; }
}
