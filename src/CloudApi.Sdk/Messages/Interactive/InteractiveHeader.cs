using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>The header of an interactive message: text (up to 60 characters), an image, a video or a document.</summary>
public sealed partial class InteractiveHeader
{
    /// <summary>The longest header text.</summary>
    public const int MaxTextLength = 60;

    private InteractiveHeader(string type, JsonEncodedText encodedType, string? text, MediaSource? media)
    {
        Type = type;
        EncodedType = encodedType;
        Text = text;
        Media = media;
    }

    /// <summary>The header's <c>type</c>: <c>text</c>, <c>image</c>, <c>video</c> or <c>document</c>.</summary>
    public string Type { get; }

    /// <summary>The text of a text header, otherwise <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The media of an image, video or document header, otherwise <see langword="null"/>.</summary>
    public MediaSource? Media { get; }

    internal JsonEncodedText EncodedType { get; }

    /// <summary>A text header.</summary>
    /// <param name="text">1 to <see cref="MaxTextLength"/> characters.</param>
    /// <returns>The header.</returns>
    /// <exception cref="WhatsAppValidationException">The text is empty or too long.</exception>
    public static InteractiveHeader FromText(string text)
    {
        Validate.Text(text, MaxTextLength, "interactive.header.text");
        return new("text", JsonNames.Text, text, null);
    }

    /// <summary>An image header.</summary>
    /// <param name="media">The image's id or link.</param>
    /// <returns>The header.</returns>
    public static InteractiveHeader FromImage(MediaSource media) =>
        new("image", JsonNames.Image, null, Validate.NotNull(media, "interactive.header.image"));

    /// <summary>A video header.</summary>
    /// <param name="media">The video's id or link.</param>
    /// <returns>The header.</returns>
    public static InteractiveHeader FromVideo(MediaSource media) =>
        new("video", JsonNames.Video, null, Validate.NotNull(media, "interactive.header.video"));

    /// <summary>A document header.</summary>
    /// <param name="media">The document's id or link.</param>
    /// <returns>The header.</returns>
    public static InteractiveHeader FromDocument(MediaSource media) =>
        new("document", JsonNames.Document, null, Validate.NotNull(media, "interactive.header.document"));
}
