using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>A date and time for a body variable: <c>{"type":"date_time","date_time":{"fallback_value":"Feb 25, 1977"}}</c>.</summary>
public sealed record TemplateDateTimeParameter : TemplateParameter
{
    /// <summary>Creates a date-time parameter.</summary>
    /// <param name="fallbackValue">The text shown (Meta renders only the fallback value).</param>
    /// <exception cref="WhatsAppValidationException">The fallback is empty.</exception>
    public TemplateDateTimeParameter(string fallbackValue)
    {
        Validate.NotEmpty(fallbackValue, "template.components.parameters.date_time.fallback_value");
        FallbackValue = fallbackValue;
    }

    /// <inheritdoc />
    public override string Type => "date_time";

    /// <summary>The text shown.</summary>
    public string FallbackValue { get; }

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.DateTime);
        writer.WriteStartObject(JsonNames.DateTime);
        writer.WriteString(JsonNames.FallbackValue, FallbackValue);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
