using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>An image (JPEG or PNG, up to 5 MB): <c>{"type":"image","image":{"id":"...","caption":"..."}}</c>.</summary>
public sealed class ImageMessage : MediaMessage
{
    /// <summary>Creates an image message.</summary>
    /// <param name="media">The uploaded media id or a public link.</param>
    /// <param name="caption">Text shown under the image, 1 to <see cref="MediaMessage.MaxCaptionLength"/> characters; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">The caption is empty or too long.</exception>
    public ImageMessage(MediaSource media, string? caption = null)
        : base(media, "image")
    {
        Validate.OptionalText(caption, MaxCaptionLength, "image.caption");
        Caption = caption;
    }

    /// <inheritdoc />
    public override string Type => "image";

    /// <summary>The caption, or <see langword="null"/>.</summary>
    public string? Caption { get; }

    internal override JsonEncodedText EncodedType => JsonNames.Image;

    private protected override void WriteExtras(Utf8JsonWriter writer) => WriteCaption(writer, Caption);
}
