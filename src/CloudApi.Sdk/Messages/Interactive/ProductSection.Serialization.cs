using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ProductSection
{
    /// <summary>Writes <c>"sections":[...]</c>.</summary>
    internal static void WriteSections(Utf8JsonWriter writer, ProductSection[] sections)
    {
        writer.WriteStartArray(JsonNames.Sections);
        foreach (var section in sections)
        {
            section.Write(writer);
        }

        writer.WriteEndArray();
    }

    private void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteOptionalString(JsonNames.Title, Title);
        writer.WriteStartArray(JsonNames.ProductItems);
        foreach (var id in _productRetailerIds)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.ProductRetailerId, id);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
