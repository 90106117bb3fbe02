namespace CloudApi.Sdk.Templates;

/// <summary>The footer of a template (<c>FOOTER</c>): up to 60 characters without variables, or a code expiry for authentication templates.</summary>
public sealed class TemplateFooter : TemplateDefinitionComponent
{
    /// <summary>Creates a footer.</summary>
    /// <param name="text">The text, up to 60 characters; <see langword="null"/> for an authentication footer.</param>
    public TemplateFooter(string? text)
    {
        Text = text;
    }

    /// <inheritdoc/>
    public override string Type => "FOOTER";

    /// <summary>The footer text (<c>text</c>).</summary>
    public string? Text { get; }

    /// <summary>
    /// <value>Authentication templates: minutes until the code expires, 1 to 90 (<c>code_expiration_minutes</c>). Default
    /// <see langword="null"/>: not sent.</value>
    /// </summary>
    public int? CodeExpirationMinutes { get; init; }
}
