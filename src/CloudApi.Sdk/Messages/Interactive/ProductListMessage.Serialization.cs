using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ProductListMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.ProductList;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.CatalogId, CatalogId);
        ProductSection.WriteSections(writer, _sections);
    }
}
