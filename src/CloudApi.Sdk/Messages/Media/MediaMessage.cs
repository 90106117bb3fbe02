using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A media message (image, video, audio, document or sticker): <c>{"type":"image","image":{"id"|"link":..., ...}}</c>.
/// </summary>
public abstract class MediaMessage : WhatsAppMessage
{
    /// <summary>The longest caption Meta accepts (image, video and document), in UTF-16 characters.</summary>
    public const int MaxCaptionLength = 1024;

    private protected MediaMessage(MediaSource media, string type)
    {
        Media = Validate.NotNull(media, type);
    }

    /// <summary>The media id or link.</summary>
    public MediaSource Media { get; }

    internal sealed override void WriteContent(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(EncodedType);
        Media.WriteProperties(writer);
        WriteExtras(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes the type's own fields (caption, filename, voice) after the id or link.</summary>
    private protected virtual void WriteExtras(Utf8JsonWriter writer)
    {
    }

    private protected static void WriteCaption(Utf8JsonWriter writer, string? caption)
    {
        if (caption is not null)
        {
            writer.WriteString(JsonNames.Caption, caption);
        }
    }
}
