namespace CloudApi.Sdk.Messages;

/// <summary>
/// The image, video or document of a media header: <c>{"type":"image","image":{"id":"..."}}</c> or
/// <c>{"type":"document","document":{"link":"...","filename":"r.pdf"}}</c>. Create it with
/// <see cref="TemplateParameter.Image"/>, <see cref="TemplateParameter.Video"/> or <see cref="TemplateParameter.Document"/>.
/// </summary>
public sealed partial class TemplateMediaParameter : TemplateParameter
{
    internal const string ImageType = "image";
    internal const string VideoType = "video";
    internal const string DocumentType = "document";

    internal TemplateMediaParameter(string type, MediaSource media)
    {
        Media = Validate.NotNull(media, "template.components.parameters." + type);
        Type = type;
    }

    /// <inheritdoc />
    public override string Type { get; }

    /// <summary>The media id or link.</summary>
    public MediaSource Media { get; }

    /// <summary><value>The file name shown, for a document only. Default <see langword="null"/>: WhatsApp chooses.</value></summary>
    /// <exception cref="WhatsAppValidationException">The name is empty, or set on an image or video.</exception>
    public string? Filename
    {
        get;
        init
        {
            Validate.OptionalNotEmpty(value, "template.components.parameters.document.filename");
            if (value is not null && Type != DocumentType)
            {
                throw new WhatsAppValidationException("template.components.parameters.document.filename",
                    $"template.components.parameters.document.filename applies to a document, not an {Type}.");
            }

            field = value;
        }
    }
}
