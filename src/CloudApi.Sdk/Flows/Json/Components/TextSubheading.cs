using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>A subheading (<c>TextSubheading</c>).</summary>
public sealed class TextSubheading : FlowComponent
{
    /// <summary>Creates a <c>TextSubheading</c>.</summary>
    /// <param name="text">The subheading, up to 80 characters.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public TextSubheading(string text)
    {
        Validate.NotEmpty(text, "TextSubheading.text");
        Text = text;
    }

    /// <inheritdoc/>
    public override string Type => "TextSubheading";

    /// <summary>The subheading, up to 80 characters (<c>text</c>).</summary>
    public string Text { get; }

    internal static TextSubheading Read(FlowObjectReader r) => new(r.RequiredString("text"));

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("text", Text);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Text(path, "text", Text, FlowJsonLimits.TextSubheading);
    }
}
