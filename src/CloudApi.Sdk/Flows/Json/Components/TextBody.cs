using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>Body text (<c>TextBody</c>).</summary>
public sealed class TextBody : FlowComponent
{
    /// <summary>Creates a <c>TextBody</c>.</summary>
    /// <param name="text">The text, up to 4096 characters.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public TextBody(string text)
    {
        Validate.NotEmpty(text, "TextBody.text");
        Text = text;
    }

    /// <inheritdoc/>
    public override string Type => "TextBody";

    /// <summary>The text, up to 4096 characters (<c>text</c>).</summary>
    public string Text { get; }

    /// <summary>The weight: bold, italic, bold_italic or normal (<c>font-weight</c>). Default <see langword="null"/>: not written.</summary>
    public FlowFontWeight? FontWeight { get; init; }

    /// <summary>Whether the text is struck through (<c>strikethrough</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Strikethrough { get; init; }

    /// <summary>Whether the text is read as Markdown (Flow JSON 5.1+) (<c>markdown</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<bool>? Markdown { get; init; }

    internal static TextBody Read(FlowObjectReader r) => new(r.RequiredString("text"))
    {
        FontWeight = FlowReading.Extensible<FlowFontWeight>(r.String("font-weight"), static s => new FlowFontWeight(s)),
        Strikethrough = r.Bool("strikethrough"),
        Markdown = r.Bool("markdown"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("text", Text);
        FlowJsonWriting.String(writer, "font-weight", FontWeight?.Value);
        FlowJsonWriting.Value(writer, "strikethrough", Strikethrough);
        FlowJsonWriting.Value(writer, "markdown", Markdown);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Text(path, "text", Text, FlowJsonLimits.TextBody);
    }
}
