using System.Globalization;
using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A message from an approved template, the only kind a business may send outside the 24-hour customer service window:
/// <c>{"type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[...]}}</c>.
/// </summary>
/// <remarks>
/// Body text parameters may be up to <see cref="TemplateBodyComponent.MaxTextLengthBodyOnly"/> characters when the body is
/// the only component sent, and up to <see cref="TemplateBodyComponent.MaxTextLength"/> when a header, button or carousel
/// component is sent too (Meta's limit for templates with other components).
/// </remarks>
public sealed partial class TemplateMessage : WhatsAppMessage
{
    /// <summary>The longest template name.</summary>
    public const int MaxNameLength = 512;

    /// <summary>The longest one-time password of an authentication template.</summary>
    public const int MaxOneTimePasswordLength = 15;

    private readonly TemplateComponent[] _components;

    /// <summary>Creates a template message.</summary>
    /// <param name="name">The template's name: lower-case letters, digits and underscores, up to 512 characters.</param>
    /// <param name="languageCode">The language (and locale) of the template's translation, e.g. <c>en_US</c>.</param>
    /// <param name="components">The values of the template's variables: at most one header and one body, buttons with distinct indexes, a carousel.</param>
    /// <exception cref="WhatsAppValidationException">The name or language is malformed, or the components break a limit.</exception>
    public TemplateMessage(string name, string languageCode, params IEnumerable<TemplateComponent> components)
    {
        Validate.Text(name, MaxNameLength, "template.name");
        Validate.LowerSnakeCase(name, allowDigits: true, "template.name");
        Validate.NotEmpty(languageCode, "template.language.code");
        Validate.NoSurroundingWhiteSpace(languageCode, "template.language.code");
        _components = Validate.Copy(components, "template.components");
        ValidateComponents(_components, "template.components");
        var maxBodyText = _components.All(static c => c is TemplateBodyComponent)
            ? TemplateBodyComponent.MaxTextLengthBodyOnly
            : TemplateBodyComponent.MaxTextLength;
        foreach (var body in _components.OfType<TemplateBodyComponent>())
        {
            body.ValidateTextLength(maxBodyText);
        }

        Name = name;
        LanguageCode = languageCode;
        Components = Validate.ReadOnly(_components);
    }

    /// <inheritdoc />
    public override string Type => "template";

    /// <summary>The template's name.</summary>
    public string Name { get; }

    /// <summary>The language code, e.g. <c>en_US</c>.</summary>
    public string LanguageCode { get; }

    /// <summary>The components with the variables' values (possibly empty).</summary>
    public IReadOnlyList<TemplateComponent> Components { get; }

    /// <summary>
    /// <value>The language policy (<c>language.policy</c>); Meta's only value is <c>deterministic</c>, its default.
    /// Default <see langword="null"/> (not sent); when set, lower-case letters and underscores.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The policy is empty or malformed.</exception>
    public string? LanguagePolicy
    {
        get;
        init
        {
            if (value is not null)
            {
                Validate.NotEmpty(value, "template.language.policy");
                Validate.LowerSnakeCase(value, allowDigits: false, "template.language.policy");
            }

            field = value;
        }
    }

    internal override JsonEncodedText EncodedType => JsonNames.Template;

    /// <summary>
    /// An authentication template carrying a one-time password: the code fills the body's variable and the copy-code/URL
    /// button at index 0 (<c>{"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"&lt;code&gt;"}]}</c>).
    /// </summary>
    /// <param name="name">The authentication template's name.</param>
    /// <param name="languageCode">The language code, e.g. <c>en_US</c>.</param>
    /// <param name="code">The one-time password, 1 to 15 characters.</param>
    /// <returns>The message.</returns>
    /// <exception cref="WhatsAppValidationException">The name, language or code is invalid.</exception>
    public static TemplateMessage Authentication(string name, string languageCode, string code)
    {
        Validate.Text(code, MaxOneTimePasswordLength, "template.components.parameters.text");
        return new TemplateMessage(name, languageCode,
            TemplateComponent.Body(TemplateParameter.Text(code)),
            TemplateComponent.UrlButton(0, code));
    }

    /// <summary>At most one header and one body, and buttons with distinct indexes.</summary>
    internal static void ValidateComponents(TemplateComponent[] components, string field)
    {
        if (components.Count(static c => c is TemplateHeaderComponent) > 1)
        {
            throw new WhatsAppValidationException(field, $"{field} has more than one header.", 1);
        }

        if (components.Count(static c => c is TemplateBodyComponent) > 1)
        {
            throw new WhatsAppValidationException(field, $"{field} has more than one body.", 1);
        }

        if (components.Count(static c => c is TemplateCarouselComponent) > 1)
        {
            throw new WhatsAppValidationException(field, $"{field} has more than one carousel.", 1);
        }

        var buttons = components.OfType<TemplateButtonComponent>().ToArray();
        Validate.Unique(buttons, static b => b.Index.ToString(CultureInfo.InvariantCulture), "template.components.index");
    }
}
