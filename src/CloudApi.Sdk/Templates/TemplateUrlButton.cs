namespace CloudApi.Sdk.Templates;

/// <summary>A URL button (<c>URL</c>). The URL may end with one variable <c>{{1}}</c>, whose suffix is given at send time.</summary>
public sealed class TemplateUrlButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="text">The label, up to 25 characters.</param>
    /// <param name="url">The URL, up to 2,000 characters, optionally ending with <c>{{1}}</c>.</param>
    /// <param name="example">An example full URL or suffix for the variable; required when the URL has one.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="text"/> or <paramref name="url"/> is <see langword="null"/>.</exception>
    public TemplateUrlButton(string text, string url, string? example = null)
    {
        Text = TemplateDefinitionChecks.Required(text, "text");
        Url = TemplateDefinitionChecks.Required(url, "url");
        Example = example;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.Url;

    /// <summary>The URL (<c>url</c>).</summary>
    public string Url { get; }

    /// <summary>The example for the URL's variable (<c>example[0]</c>).</summary>
    public string? Example { get; }
}
