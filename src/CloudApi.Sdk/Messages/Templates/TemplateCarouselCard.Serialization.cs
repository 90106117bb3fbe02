using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateCarouselCard
{
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber(JsonNames.CardIndex, CardIndex);
        TemplateMessage.WriteComponents(writer, _components);
        writer.WriteEndObject();
    }
}
