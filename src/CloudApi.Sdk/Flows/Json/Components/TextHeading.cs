using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>A top-level heading (<c>TextHeading</c>).</summary>
public sealed class TextHeading : FlowComponent
{
    /// <summary>Creates a <c>TextHeading</c>.</summary>
    /// <param name="text">The heading, up to 80 characters.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public TextHeading(string text)
    {
        Validate.NotEmpty(text, "TextHeading.text");
        Text = text;
    }

    /// <inheritdoc/>
    public override string Type => "TextHeading";

    /// <summary>The heading, up to 80 characters (<c>text</c>).</summary>
    public string Text { get; }

    internal static TextHeading Read(FlowObjectReader r) => new(r.RequiredString("text"));

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("text", Text);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Text(path, "text", Text, FlowJsonLimits.TextHeading);
    }
}
