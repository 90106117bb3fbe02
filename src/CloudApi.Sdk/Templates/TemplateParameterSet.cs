namespace CloudApi.Sdk.Templates;

/// <summary>
/// What a template message gives per component, to check against the template's definition before sending
/// (see <see cref="TemplateDefinitionCache"/>). Unset components give no parameters.
/// </summary>
public sealed record TemplateParameterSet
{
    /// <summary>A message without parameters.</summary>
    public static TemplateParameterSet Empty { get; } = new();

    /// <summary><value>The header's parameters. Default <see langword="null"/>: none.</value></summary>
    public TemplateComponentParameters? Header { get; init; }

    /// <summary><value>The body's parameters. Default <see langword="null"/>: none.</value></summary>
    public TemplateComponentParameters? Body { get; init; }

    /// <summary>
    /// <value>The number of parameters given to each button, by the button's <c>index</c> in the template (a URL suffix, a coupon
    /// code, a one-time passcode, a quick-reply payload). Default: empty.</value>
    /// </summary>
    public IReadOnlyDictionary<int, int> Buttons { get; init; } = new Dictionary<int, int>();
}
