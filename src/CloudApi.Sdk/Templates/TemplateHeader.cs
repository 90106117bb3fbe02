namespace CloudApi.Sdk.Templates;

/// <summary>
/// The header of a template: text (up to 60 characters, at most one variable), a media file (image, video, document)
/// identified by an example handle from a resumable upload, or a location. Create one with the <c>For...</c> factories.
/// </summary>
public sealed class TemplateHeader : TemplateDefinitionComponent
{
    /// <summary>Creates a header of the given format; set the matching properties.</summary>
    /// <param name="format">The header format.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="format"/> is empty.</exception>
    public TemplateHeader(TemplateHeaderFormat format)
    {
        if (string.IsNullOrEmpty(format.Value))
        {
            throw new WhatsAppValidationException("format", "format is required.");
        }

        Format = format;
    }

    /// <inheritdoc/>
    public override string Type => "HEADER";

    /// <summary>The header format (<c>format</c>).</summary>
    public TemplateHeaderFormat Format { get; }

    /// <summary>
    /// <value>The header text for <see cref="TemplateHeaderFormat.Text"/> (<c>text</c>); up to 60 characters. Default
    /// <see langword="null"/>: no text (media and location headers).</value>
    /// </summary>
    public string? Text { get; init; }

    /// <summary>
    /// <value>The example of a positional variable (<c>example.header_text</c>); one per variable. Default
    /// <see langword="null"/>: none.</value>
    /// </summary>
    public IReadOnlyList<string>? TextExamples { get; init => field = TemplateDefinitionChecks.NoNullItems(value, "example.header_text"); }

    /// <summary>
    /// <value>The example of a named variable (<c>example.header_text_named_params</c>). Default <see langword="null"/>: none.</value>
    /// </summary>
    public IReadOnlyList<TemplateNamedExample>? NamedTextExamples { get; init => field = TemplateDefinitionChecks.NoNullItems(value, "example.header_text_named_params"); }

    /// <summary>
    /// <value>The example media handles for a media header (<c>example.header_handle</c>), from a resumable upload. Default
    /// <see langword="null"/>: none.</value>
    /// </summary>
    public IReadOnlyList<string>? MediaHandles { get; init => field = TemplateDefinitionChecks.NoNullItems(value, "example.header_handle"); }

    /// <summary>A text header without variables.</summary>
    /// <param name="text">The text, up to 60 characters.</param>
    /// <returns>The header.</returns>
    public static TemplateHeader ForText(string text) => new(TemplateHeaderFormat.Text) { Text = text };

    /// <summary>A text header with one positional variable <c>{{1}}</c> and its example.</summary>
    /// <param name="text">The text, up to 60 characters, e.g. <c>Order {{1}}</c>.</param>
    /// <param name="example">The example for <c>{{1}}</c>.</param>
    /// <returns>The header.</returns>
    public static TemplateHeader ForText(string text, string example) =>
        new(TemplateHeaderFormat.Text) { Text = text, TextExamples = [example] };

    /// <summary>A text header with one named variable and its example.</summary>
    /// <param name="text">The text, up to 60 characters, e.g. <c>Hello {{name}}</c>.</param>
    /// <param name="example">The named example.</param>
    /// <returns>The header.</returns>
    public static TemplateHeader ForText(string text, TemplateNamedExample example) =>
        new(TemplateHeaderFormat.Text) { Text = text, NamedTextExamples = [example] };

    /// <summary>An image header.</summary>
    /// <param name="exampleHandle">The handle of an example image from a resumable upload (<c>4::aW...</c>).</param>
    /// <returns>The header.</returns>
    public static TemplateHeader ForImage(string exampleHandle) => new(TemplateHeaderFormat.Image) { MediaHandles = [exampleHandle] };

    /// <summary>A video header.</summary>
    /// <param name="exampleHandle">The handle of an example video from a resumable upload.</param>
    /// <returns>The header.</returns>
    public static TemplateHeader ForVideo(string exampleHandle) => new(TemplateHeaderFormat.Video) { MediaHandles = [exampleHandle] };

    /// <summary>A document header.</summary>
    /// <param name="exampleHandle">The handle of an example document from a resumable upload.</param>
    /// <returns>The header.</returns>
    public static TemplateHeader ForDocument(string exampleHandle) => new(TemplateHeaderFormat.Document) { MediaHandles = [exampleHandle] };

    /// <summary>A location header (utility and marketing templates); the location is given at send time.</summary>
    /// <returns>The header.</returns>
    public static TemplateHeader ForLocation() => new(TemplateHeaderFormat.Location);
}
