using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A document (PDF, Office, plain text; up to 100 MB):
/// <c>{"type":"document","document":{"id":"...","caption":"...","filename":"invoice.pdf"}}</c>.
/// </summary>
public sealed partial class DocumentMessage : MediaMessage
{
    /// <summary>Creates a document message.</summary>
    /// <param name="media">The uploaded media id or a public link.</param>
    public DocumentMessage(MediaSource media)
        : base(media, "document")
    {
    }

    /// <inheritdoc />
    public override string Type => "document";

    /// <summary>
    /// <value>Text shown under the document, 1 to <see cref="MediaMessage.MaxCaptionLength"/> characters. Default <see langword="null"/> (none).</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The caption is empty or too long.</exception>
    public string? Caption { get; init => field = ValidCaption(value, "document.caption"); }

    /// <summary>
    /// <value>The file name shown to the user (its extension sets the icon). Default <see langword="null"/>: WhatsApp chooses.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The file name is empty.</exception>
    public string? Filename
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "document.filename");
    }

    internal override JsonEncodedText EncodedType => JsonNames.Document;
}
