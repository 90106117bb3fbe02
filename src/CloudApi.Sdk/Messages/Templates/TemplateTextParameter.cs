using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>A text value for a header or body variable: <c>{"type":"text","text":"...","parameter_name":"..."}</c>.</summary>
public sealed record TemplateTextParameter : TemplateParameter
{
    /// <summary>Creates a text parameter.</summary>
    /// <param name="text">The value (its length limit depends on the component: see <see cref="TemplateMessage"/>).</param>
    /// <param name="parameterName">The variable's name in a template with named parameters; <see langword="null"/> for a positional one.</param>
    /// <exception cref="WhatsAppValidationException">The text is empty, or the name has characters other than lower-case letters and underscores.</exception>
    public TemplateTextParameter(string text, string? parameterName = null)
    {
        Validate.NotEmpty(text, "template.components.parameters.text");
        if (parameterName is not null)
        {
            Validate.NotEmpty(parameterName, "template.components.parameters.parameter_name");
            Validate.LowerSnakeCase(parameterName, allowDigits: false, "template.components.parameters.parameter_name");
        }

        Value = text;
        ParameterName = parameterName;
    }

    /// <inheritdoc />
    public override string Type => "text";

    /// <summary>The value (<c>text</c>).</summary>
    public string Value { get; }

    /// <summary>The variable's name, or <see langword="null"/> for a positional parameter.</summary>
    public string? ParameterName { get; }

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.Text);
        writer.WriteString(JsonNames.Text, Value);
        writer.WriteOptionalString(JsonNames.ParameterName, ParameterName);
        writer.WriteEndObject();
    }
}
