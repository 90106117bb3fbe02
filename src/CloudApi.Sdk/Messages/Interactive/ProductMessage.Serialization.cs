using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ProductMessage
{
    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.Product;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.CatalogId, CatalogId);
        writer.WriteString(JsonNames.ProductRetailerId, ProductRetailerId);
    }
}
