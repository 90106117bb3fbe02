using System.Text.Json;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>Finds an item's bytes in a change's value (<c>value.&lt;list&gt;[index]</c>), on first use of an event's <see cref="WebhookEvent.RawJson"/>.</summary>
internal static class RawJsonLocator
{
    public static ReadOnlyMemory<byte> Find(ReadOnlyMemory<byte> value, string list, int index)
    {
        var found = ReadOnlyMemory<byte>.Empty;
        var reader = new Utf8JsonReader(value.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return found;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isList = reader.ValueTextEquals(list);
            reader.Read();
            if (isList && reader.TokenType == JsonTokenType.StartArray)
            {
                // The serializer keeps the last of duplicate properties: so does this.
                found = Element(ref reader, value, index);
                continue;
            }

            reader.Skip();
        }

        return found;
    }

    private static ReadOnlyMemory<byte> Element(ref Utf8JsonReader reader, ReadOnlyMemory<byte> value, int index)
    {
        var found = ReadOnlyMemory<byte>.Empty;
        var i = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (i++ == index)
            {
                found = value[start..(int)reader.BytesConsumed];
            }
        }

        return found;
    }
}
