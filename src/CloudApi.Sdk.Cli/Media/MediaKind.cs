using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Cli.Media;

/// <summary>The message type a local file is sent as, and its MIME type, from the file's extension (or --type/--mime-type).</summary>
internal sealed class MediaKind
{
    public static readonly string[] Types = ["image", "video", "audio", "document", "sticker"];

    private static readonly Dictionary<string, string> MimeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
        [".mp4"] = "video/mp4",
        [".3gp"] = "video/3gpp",
        [".mp3"] = "audio/mpeg",
        [".m4a"] = "audio/mp4",
        [".aac"] = "audio/aac",
        [".amr"] = "audio/amr",
        [".ogg"] = "audio/ogg",
        [".opus"] = "audio/ogg",
        [".pdf"] = "application/pdf",
        [".txt"] = "text/plain",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    };

    private MediaKind(string type, string mimeType)
    {
        Type = type;
        MimeType = mimeType;
    }

    /// <summary>The message type: image, video, audio, document or sticker.</summary>
    public string Type { get; }

    public string MimeType { get; }

    /// <summary>The kind of <paramref name="path"/>; a .webp is a sticker unless <paramref name="type"/> says image.</summary>
    public static MediaKind Of(string path, string? type, string? mimeType)
    {
        var mime = mimeType ?? (MimeTypes.TryGetValue(Path.GetExtension(path), out var known)
            ? known
            : throw CliException.Usage($"cannot tell the MIME type of '{Path.GetFileName(path)}' from its extension: pass --mime-type."));
        var resolved = type ?? mime switch
        {
            "image/webp" => "sticker",
            _ when mime.StartsWith("image/", StringComparison.Ordinal) => "image",
            _ when mime.StartsWith("video/", StringComparison.Ordinal) => "video",
            _ when mime.StartsWith("audio/", StringComparison.Ordinal) => "audio",
            _ => "document",
        };
        return new MediaKind(resolved, mime);
    }

    /// <summary>The message that sends the uploaded media <paramref name="mediaId"/>.</summary>
    public WhatsAppMessage Message(string mediaId, string? caption, string fileName)
    {
        var source = MediaSource.FromId(mediaId);
        if (caption is not null && Type is "audio" or "sticker")
        {
            throw CliException.Usage($"--caption does not apply to {Type} messages.");
        }

        return Type switch
        {
            "image" => new ImageMessage(source) { Caption = caption },
            "video" => new VideoMessage(source) { Caption = caption },
            "audio" => new AudioMessage(source),
            "sticker" => new StickerMessage(source),
            _ => new DocumentMessage(source) { Caption = caption, Filename = fileName },
        };
    }
}
