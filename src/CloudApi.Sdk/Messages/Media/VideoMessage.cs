using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>A video (MP4 or 3GPP, H.264 + AAC, up to 16 MB): <c>{"type":"video","video":{"link":"...","caption":"..."}}</c>.</summary>
public sealed class VideoMessage : MediaMessage
{
    /// <summary>Creates a video message.</summary>
    /// <param name="media">The uploaded media id or a public link.</param>
    /// <param name="caption">Text shown under the video, 1 to <see cref="MediaMessage.MaxCaptionLength"/> characters; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">The caption is empty or too long.</exception>
    public VideoMessage(MediaSource media, string? caption = null)
        : base(media, "video")
    {
        Validate.OptionalText(caption, MaxCaptionLength, "video.caption");
        Caption = caption;
    }

    /// <inheritdoc />
    public override string Type => "video";

    /// <summary>The caption, or <see langword="null"/>.</summary>
    public string? Caption { get; }

    internal override JsonEncodedText EncodedType => JsonNames.Video;

    private protected override void WriteExtras(Utf8JsonWriter writer) => WriteCaption(writer, Caption);
}
