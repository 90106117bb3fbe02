using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// The image, video or document of a media header: <c>{"type":"image","image":{"id":"..."}}</c> or
/// <c>{"type":"document","document":{"link":"...","filename":"r.pdf"}}</c>. Create it with
/// <see cref="TemplateParameter.Image"/>, <see cref="TemplateParameter.Video"/> or <see cref="TemplateParameter.Document"/>.
/// </summary>
public sealed record TemplateMediaParameter : TemplateParameter
{
    internal const string ImageType = "image";
    internal const string VideoType = "video";
    internal const string DocumentType = "document";

    internal TemplateMediaParameter(string type, MediaSource media, string? filename)
    {
        Media = Validate.NotNull(media, "template.components.parameters." + type);
        Validate.OptionalNotEmpty(filename, "template.components.parameters.document.filename");
        Type = type;
        Filename = filename;
    }

    /// <inheritdoc />
    public override string Type { get; }

    /// <summary>The media id or link.</summary>
    public MediaSource Media { get; }

    /// <summary>The document's file name, or <see langword="null"/>.</summary>
    public string? Filename { get; }

    private JsonEncodedText EncodedType => Type switch
    {
        ImageType => JsonNames.Image,
        VideoType => JsonNames.Video,
        _ => JsonNames.Document,
    };

    internal override void Write(Utf8JsonWriter writer)
    {
        var type = EncodedType;
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, type);
        writer.WriteStartObject(type);
        Media.WriteProperties(writer);
        writer.WriteOptionalString(JsonNames.Filename, Filename);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
