namespace CloudApi.Sdk.Messages;

/// <summary>
/// A media message (image, video, audio, document or sticker): <c>{"type":"image","image":{"id"|"link":..., ...}}</c>.
/// </summary>
public abstract partial class MediaMessage : WhatsAppMessage
{
    /// <summary>The longest caption Meta accepts (image, video and document), in UTF-16 characters.</summary>
    public const int MaxCaptionLength = 1024;

    private protected MediaMessage(MediaSource media, string type)
    {
        Media = Validate.NotNull(media, type);
    }

    /// <summary>The media id or link.</summary>
    public MediaSource Media { get; }

    /// <summary>Checks a caption (1 to <see cref="MaxCaptionLength"/> characters when set) and returns it.</summary>
    private protected static string? ValidCaption(string? caption, string field)
    {
        Validate.OptionalText(caption, MaxCaptionLength, field);
        return caption;
    }
}
