using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class TemplateMessage
{
    internal static void WriteComponents(Utf8JsonWriter writer, TemplateComponent[] components)
    {
        writer.WriteStartArray(JsonNames.Components);
        foreach (var component in components)
        {
            component.Write(writer);
        }

        writer.WriteEndArray();
    }

    internal override void WriteContent(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(JsonNames.Template);
        writer.WriteString(JsonNames.Name, Name);
        writer.WriteStartObject(JsonNames.Language);
        writer.WriteOptionalString(JsonNames.Policy, LanguagePolicy);
        writer.WriteString(JsonNames.Code, LanguageCode);
        writer.WriteEndObject();
        if (_components.Length > 0)
        {
            WriteComponents(writer, _components);
        }

        writer.WriteEndObject();
    }
}
