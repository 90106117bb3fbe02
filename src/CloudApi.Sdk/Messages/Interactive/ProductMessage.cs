using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// One product from a catalog (no header):
/// <c>{"type":"product","body":{"text":"..."},"action":{"catalog_id":"...","product_retailer_id":"SKU1"}}</c>.
/// </summary>
public sealed class ProductMessage : InteractiveMessage
{
    /// <summary>Creates a single-product message.</summary>
    /// <param name="catalogId">The catalog's id.</param>
    /// <param name="productRetailerId">The product's retailer id (SKU) in the catalog.</param>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters; <see langword="null"/> for none.</param>
    /// <param name="footer">The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">An id is empty, or a text is empty or too long.</exception>
    public ProductMessage(string catalogId, string productRetailerId, string? body = null, string? footer = null)
        : base(null, body, footer)
    {
        Validate.NotEmpty(catalogId, "interactive.action.catalog_id");
        Validate.NotEmpty(productRetailerId, "interactive.action.product_retailer_id");
        Validate.OptionalText(body, MaxBodyLength, "interactive.body.text");
        CatalogId = catalogId;
        ProductRetailerId = productRetailerId;
    }

    /// <inheritdoc />
    public override string InteractiveType => "product";

    /// <summary>The catalog's id.</summary>
    public string CatalogId { get; }

    /// <summary>The product's retailer id.</summary>
    public string ProductRetailerId { get; }

    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.Product;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.CatalogId, CatalogId);
        writer.WriteString(JsonNames.ProductRetailerId, ProductRetailerId);
    }
}
