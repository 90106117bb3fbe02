using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class MediaSource
{
    /// <summary>Writes <c>"id":"..."</c> or <c>"link":"..."</c> into the open media object; the link as the caller gave it (see <see cref="JsonWriterExtensions.WriteUri"/>).</summary>
    internal void WriteProperties(Utf8JsonWriter writer)
    {
        if (Id is not null)
        {
            writer.WriteString(JsonNames.Id, Id);
        }
        else
        {
            writer.WriteUri(JsonNames.Link, Link!);
        }
    }

    /// <summary>Writes <c>"name":{"id"|"link":...}</c>.</summary>
    internal void WriteObject(Utf8JsonWriter writer, JsonEncodedText name)
    {
        writer.WriteStartObject(name);
        WriteProperties(writer);
        writer.WriteEndObject();
    }
}
