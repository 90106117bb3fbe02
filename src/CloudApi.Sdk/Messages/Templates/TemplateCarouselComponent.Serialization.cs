using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateCarouselComponent
{
    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, JsonNames.Carousel);
        writer.WriteStartArray(JsonNames.Cards);
        foreach (var card in _cards)
        {
            card.Write(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
