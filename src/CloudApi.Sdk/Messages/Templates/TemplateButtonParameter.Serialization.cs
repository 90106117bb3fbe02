using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateButtonParameter
{
    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, _encodedType);
        if (Value is not null)
        {
            writer.WriteString(_encodedType, Value);
        }
        else
        {
            writer.WriteStartObject(JsonNames.Action);
            writer.WriteOptionalString(JsonNames.FlowToken, FlowToken);
            if (FlowActionData is { } data)
            {
                writer.WritePropertyName(JsonNames.FlowActionData);
                data.WriteTo(writer);
            }

            writer.WriteOptionalString(JsonNames.ThumbnailProductRetailerId, ThumbnailProductRetailerId);
            if (_sections is not null)
            {
                ProductSection.WriteSections(writer, _sections);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
