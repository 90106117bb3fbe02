using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial record MediaSource
{
    /// <summary>Writes <c>"id":"..."</c> or <c>"link":"..."</c> into the open media object; the link as the caller gave it.</summary>
    internal void WriteProperties(Utf8JsonWriter writer)
    {
        if (Id is not null)
        {
            writer.WriteString(JsonNames.Id, Id);
        }
        else
        {
            writer.WriteString(JsonNames.Link, Link!.OriginalString);
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
