using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class RawMessage
{
    internal override void WriteContent(Utf8JsonWriter writer)
    {
        writer.WritePropertyName(_encodedType);
        Content.WriteTo(writer);
    }
}
