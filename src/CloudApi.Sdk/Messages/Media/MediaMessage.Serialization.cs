using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public abstract partial class MediaMessage
{
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
}
