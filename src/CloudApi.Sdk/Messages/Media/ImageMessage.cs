using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>An image (JPEG or PNG, up to 5 MB): <c>{"type":"image","image":{"id":"...","caption":"..."}}</c>.</summary>
public sealed partial class ImageMessage : MediaMessage
{
    /// <summary>Creates an image message.</summary>
    /// <param name="media">The uploaded media id or a public link.</param>
    public ImageMessage(MediaSource media)
        : base(media, "image")
    {
    }

    /// <inheritdoc />
    public override string Type => "image";

    /// <summary>
    /// <value>Text shown under the image, 1 to <see cref="MediaMessage.MaxCaptionLength"/> characters. Default <see langword="null"/> (none).</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The caption is empty or too long.</exception>
    public string? Caption { get; init => field = ValidCaption(value, "image.caption"); }

    internal override JsonEncodedText EncodedType => JsonNames.Image;
}
