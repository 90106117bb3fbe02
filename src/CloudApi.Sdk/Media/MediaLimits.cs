namespace CloudApi.Sdk.Media;

/// <summary>The MIME types Meta accepts per media kind and their size limits.</summary>
public static class MediaLimits
{
    /// <summary>The largest audio file: 16 MB.</summary>
    public const long MaxAudioBytes = 16L * 1024 * 1024;

    /// <summary>The largest document: 100 MB.</summary>
    public const long MaxDocumentBytes = 100L * 1024 * 1024;

    /// <summary>The largest image: 5 MB.</summary>
    public const long MaxImageBytes = 5L * 1024 * 1024;

    /// <summary>The largest (animated) sticker: 500 KB; a static sticker should stay within 100 KB.</summary>
    public const long MaxStickerBytes = 500L * 1024;

    /// <summary>The largest video: 16 MB.</summary>
    public const long MaxVideoBytes = 16L * 1024 * 1024;

    private static readonly Dictionary<string, (string Kind, long MaxBytes)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["audio/aac"] = ("audio", MaxAudioBytes),
        ["audio/amr"] = ("audio", MaxAudioBytes),
        ["audio/mpeg"] = ("audio", MaxAudioBytes),
        ["audio/mp4"] = ("audio", MaxAudioBytes),
        ["audio/ogg"] = ("audio", MaxAudioBytes),
        ["text/plain"] = ("document", MaxDocumentBytes),
        ["application/pdf"] = ("document", MaxDocumentBytes),
        ["application/msword"] = ("document", MaxDocumentBytes),
        ["application/vnd.ms-excel"] = ("document", MaxDocumentBytes),
        ["application/vnd.ms-powerpoint"] = ("document", MaxDocumentBytes),
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ("document", MaxDocumentBytes),
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = ("document", MaxDocumentBytes),
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = ("document", MaxDocumentBytes),
        ["image/jpeg"] = ("image", MaxImageBytes),
        ["image/png"] = ("image", MaxImageBytes),
        ["image/webp"] = ("sticker", MaxStickerBytes),
        ["video/mp4"] = ("video", MaxVideoBytes),
        ["video/3gpp"] = ("video", MaxVideoBytes),
    };

    /// <summary>Finds the media kind and size limit of a MIME type (parameters such as <c>; codecs=opus</c> are ignored).</summary>
    /// <param name="mimeType">The MIME type, e.g. <c>application/pdf</c>.</param>
    /// <param name="kind">The kind: <c>audio</c>, <c>document</c>, <c>image</c>, <c>sticker</c> or <c>video</c>.</param>
    /// <param name="maxBytes">The largest file Meta accepts for it.</param>
    /// <returns><see langword="false"/> when Meta does not accept the type.</returns>
    public static bool TryGetLimit(string mimeType, out string kind, out long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(mimeType);
        var separator = mimeType.IndexOf(';', StringComparison.Ordinal);
        var bare = (separator < 0 ? mimeType : mimeType[..separator]).Trim();
        if (Types.TryGetValue(bare, out var entry))
        {
            (kind, maxBytes) = entry;
            return true;
        }

        kind = string.Empty;
        maxBytes = 0;
        return false;
    }
}
