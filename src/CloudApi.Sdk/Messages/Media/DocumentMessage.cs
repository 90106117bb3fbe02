using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A document (PDF, Office, plain text; up to 100 MB):
/// <c>{"type":"document","document":{"id":"...","caption":"...","filename":"invoice.pdf"}}</c>.
/// </summary>
public sealed class DocumentMessage : MediaMessage
{
    /// <summary>Creates a document message.</summary>
    /// <param name="media">The uploaded media id or a public link.</param>
    /// <param name="caption">Text shown under the document, 1 to <see cref="MediaMessage.MaxCaptionLength"/> characters; <see langword="null"/> for none.</param>
    /// <param name="filename">The file name shown to the user (its extension sets the icon); <see langword="null"/> to let WhatsApp choose.</param>
    /// <exception cref="WhatsAppValidationException">The caption is empty or too long, or the file name is empty.</exception>
    public DocumentMessage(MediaSource media, string? caption = null, string? filename = null)
        : base(media, "document")
    {
        Validate.OptionalText(caption, MaxCaptionLength, "document.caption");
        Validate.OptionalNotEmpty(filename, "document.filename");
        Caption = caption;
        Filename = filename;
    }

    /// <inheritdoc />
    public override string Type => "document";

    /// <summary>The caption, or <see langword="null"/>.</summary>
    public string? Caption { get; }

    /// <summary>The file name shown to the user, or <see langword="null"/>.</summary>
    public string? Filename { get; }

    internal override JsonEncodedText EncodedType => JsonNames.Document;

    private protected override void WriteExtras(Utf8JsonWriter writer)
    {
        WriteCaption(writer, Caption);
        if (Filename is not null)
        {
            writer.WriteString(JsonNames.Filename, Filename);
        }
    }
}
