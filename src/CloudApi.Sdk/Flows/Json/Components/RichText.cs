using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>Markdown text: headings, lists, tables, links (<c>RichText</c>, Flow JSON 5.1+); best as the only component of a screen.</summary>
public sealed class RichText : FlowComponent
{
    /// <summary>Creates rich text from one Markdown string (or a reference such as <c>${data.terms}</c>).</summary>
    /// <param name="text">The Markdown text.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="text"/> is empty.</exception>
    public RichText(string text)
    {
        Validate.NotEmpty(text, "RichText.text");
        Text = text;
    }

    /// <summary>Creates rich text from Markdown lines (written as a JSON array of strings).</summary>
    /// <param name="lines">The lines.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="lines"/> is empty or has a <see langword="null"/> line.</exception>
    public RichText(IEnumerable<string> lines)
    {
        var copy = Validate.Copy(lines, "RichText.text");
        Validate.Count(copy.Length, 1, int.MaxValue, "RichText.text");
        Lines = Validate.ReadOnly(copy);
    }

    /// <inheritdoc/>
    public override string Type => "RichText";

    /// <summary>The Markdown text when given as one string (<c>text</c>); <see langword="null"/> when given as <see cref="Lines"/>.</summary>
    public string? Text { get; }

    /// <summary>The Markdown lines when given as an array (<c>text</c>); <see langword="null"/> when given as <see cref="Text"/>.</summary>
    public IReadOnlyList<string>? Lines { get; }

    internal static RichText Read(FlowObjectReader r) =>
        r.Strings("text") is { } lines ? new RichText(lines) : new RichText(r.RequiredString("text"));

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        FlowJsonWriting.String(writer, "text", Text);
        FlowJsonWriting.Strings(writer, "text", Lines);
    }
}
