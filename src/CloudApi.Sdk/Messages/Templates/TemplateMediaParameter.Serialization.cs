using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateMediaParameter
{
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
