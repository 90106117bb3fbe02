using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>A video (MP4 or 3GPP, H.264 + AAC, up to 16 MB): <c>{"type":"video","video":{"link":"...","caption":"..."}}</c>.</summary>
public sealed partial class VideoMessage : MediaMessage
{
    /// <summary>Creates a video message.</summary>
    /// <param name="media">The uploaded media id or a public link.</param>
    public VideoMessage(MediaSource media)
        : base(media, "video")
    {
    }

    /// <inheritdoc />
    public override string Type => "video";

    /// <summary>
    /// <value>Text shown under the video, 1 to <see cref="MediaMessage.MaxCaptionLength"/> characters. Default <see langword="null"/> (none).</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The caption is empty or too long.</exception>
    public string? Caption { get; init => field = ValidCaption(value, "video.caption"); }

    internal override JsonEncodedText EncodedType => JsonNames.Video;
}
