namespace CloudApi.Sdk.Messages;

/// <summary>A text value for a header, body or button variable: <c>{"type":"text","text":"...","parameter_name":"..."}</c>.</summary>
public sealed partial class TemplateTextParameter : TemplateParameter
{
    /// <summary>Creates a positional text parameter; set <see cref="ParameterName"/> for a named one.</summary>
    /// <param name="text">The value (its length limit depends on the component: see <see cref="TemplateMessage"/>).</param>
    /// <exception cref="WhatsAppValidationException">The text is empty.</exception>
    public TemplateTextParameter(string text)
    {
        Validate.NotEmpty(text, "template.components.parameters.text");
        Value = text;
    }

    /// <inheritdoc />
    public override string Type => "text";

    /// <summary>The value (<c>text</c>).</summary>
    public string Value { get; }

    /// <summary>
    /// <value>The variable's name in a template created with named parameters (<c>{{first_name}}</c>): lower-case letters
    /// and underscores. Default <see langword="null"/>: a positional parameter.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The name is empty or has other characters.</exception>
    public string? ParameterName
    {
        get;
        init
        {
            if (value is not null)
            {
                Validate.NotEmpty(value, "template.components.parameters.parameter_name");
                Validate.LowerSnakeCase(value, allowDigits: false, "template.components.parameters.parameter_name");
            }

            field = value;
        }
    }
}
