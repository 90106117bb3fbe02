using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>The header's variable: <c>{"type":"header","parameters":[{"type":"text","text":"Jane"}]}</c>. Create it with <see cref="TemplateComponent.Header"/>.</summary>
public sealed partial class TemplateHeaderComponent : TemplateComponent
{
    /// <summary>The longest header text parameter (a template header is at most 60 characters).</summary>
    public const int MaxTextLength = 60;

    private readonly TemplateParameter[] _parameters;

    internal TemplateHeaderComponent(TemplateParameter parameter)
    {
        Validate.NotNull(parameter, "template.components.parameters");
        if (parameter is not (TemplateTextParameter or TemplateMediaParameter or TemplateLocationParameter))
        {
            throw new WhatsAppValidationException("template.components.parameters.type",
                $"A template header takes a text, image, video, document or location parameter, not {parameter.Type}.");
        }

        if (parameter is TemplateTextParameter text)
        {
            Validate.MaxLength(text.Value, MaxTextLength, "template.components.parameters.text");
        }

        _parameters = [parameter];
        Parameters = Validate.ReadOnly(_parameters);
    }

    /// <inheritdoc />
    public override string Type => "header";

    /// <summary>The header's parameter (one).</summary>
    public IReadOnlyList<TemplateParameter> Parameters { get; }
}
