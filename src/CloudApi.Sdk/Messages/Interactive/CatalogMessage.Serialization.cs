using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class CatalogMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.CatalogMessage;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.Name, JsonNames.CatalogMessage);
        if (ThumbnailProductRetailerId is not null)
        {
            writer.WriteStartObject(JsonNames.Parameters);
            writer.WriteString(JsonNames.ThumbnailProductRetailerId, ThumbnailProductRetailerId);
            writer.WriteEndObject();
        }
    }
}
