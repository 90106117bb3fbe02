using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// The body's variables: <c>{"type":"body","parameters":[{"type":"text","text":"4"},{"type":"currency",...}]}</c>.
/// Create it with <see cref="TemplateComponent.Body"/>.
/// </summary>
public sealed partial class TemplateBodyComponent : TemplateComponent
{
    /// <summary>The longest body text parameter of a template with only a body.</summary>
    public const int MaxTextLengthBodyOnly = 32768;

    /// <summary>The longest body text parameter of a template with other components (header, buttons, carousel).</summary>
    public const int MaxTextLength = 1024;

    private readonly TemplateParameter[] _parameters;

    internal TemplateBodyComponent(IEnumerable<TemplateParameter> parameters)
    {
        _parameters = Validate.Copy(parameters, "template.components.parameters");
        Validate.Count(_parameters.Length, 1, int.MaxValue, "template.components.parameters");
        var named = 0;
        foreach (var parameter in _parameters)
        {
            if (parameter is not (TemplateTextParameter or TemplateCurrencyParameter or TemplateDateTimeParameter))
            {
                throw new WhatsAppValidationException("template.components.parameters.type",
                    $"A template body takes text, currency or date_time parameters, not {parameter.Type}.");
            }

            if (parameter is TemplateTextParameter { ParameterName: not null })
            {
                named++;
            }
        }

        if (named > 0 && named < _parameters.Length)
        {
            throw new WhatsAppValidationException("template.components.parameters.parameter_name",
                $"template.components.parameters.parameter_name is set on {named} of {_parameters.Length} body parameters; a component's parameters are either all named or all positional.");
        }

        Validate.Unique(_parameters, static p => (p as TemplateTextParameter)?.ParameterName, "template.components.parameters.parameter_name");
        Parameters = Validate.ReadOnly(_parameters);
    }

    /// <inheritdoc />
    public override string Type => "body";

    /// <summary>The parameters.</summary>
    public IReadOnlyList<TemplateParameter> Parameters { get; }

    internal void ValidateTextLength(int maxLength)
    {
        foreach (var parameter in _parameters)
        {
            if (parameter is TemplateTextParameter text)
            {
                Validate.MaxLength(text.Value, maxLength, "template.components.parameters.text");
            }
        }
    }
}
