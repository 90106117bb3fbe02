namespace CloudApi.Sdk.Webhooks;

/// <summary>A media message: image, audio, video, document or sticker. Download it by <see cref="MediaId"/>.</summary>
public abstract class MediaMessageReceived : InboundMessage
{
    private protected MediaMessageReceived()
    {
    }

    /// <summary>The media id (<c>id</c>) to fetch the file's URL with.</summary>
    public string MediaId { get; internal init; } = string.Empty;

    /// <summary>The MIME type (<c>mime_type</c>).</summary>
    public string? MimeType { get; internal init; }

    /// <summary>The file's SHA-256 (<c>sha256</c>), to check the download.</summary>
    public string? Sha256 { get; internal init; }

    /// <summary>A download URL (<c>url</c>), when Meta includes one.</summary>
    public string? Url { get; internal init; }

    /// <summary>The caption (<c>caption</c>), when the user wrote one.</summary>
    public string? Caption { get; internal init; }
}

/// <summary>An image (<c>type: image</c>).</summary>
public sealed class ImageMessageReceived : MediaMessageReceived
{
    internal ImageMessageReceived()
    {
    }
}

/// <summary>An audio file or voice note (<c>type: audio</c>).</summary>
public sealed class AudioMessageReceived : MediaMessageReceived
{
    internal AudioMessageReceived()
    {
    }

    /// <summary>Whether it is a voice note recorded in WhatsApp (<c>audio.voice</c>).</summary>
    public bool Voice { get; internal init; }
}

/// <summary>A video (<c>type: video</c>).</summary>
public sealed class VideoMessageReceived : MediaMessageReceived
{
    internal VideoMessageReceived()
    {
    }
}

/// <summary>A document (<c>type: document</c>).</summary>
public sealed class DocumentMessageReceived : MediaMessageReceived
{
    internal DocumentMessageReceived()
    {
    }

    /// <summary>The file name (<c>document.filename</c>).</summary>
    public string? Filename { get; internal init; }
}

/// <summary>A sticker (<c>type: sticker</c>).</summary>
public sealed class StickerMessageReceived : MediaMessageReceived
{
    internal StickerMessageReceived()
    {
    }

    /// <summary>Whether the sticker is animated (<c>sticker.animated</c>).</summary>
    public bool Animated { get; internal init; }
}
