using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// One product from a catalog (no header):
/// <c>{"type":"product","body":{"text":"..."},"action":{"catalog_id":"...","product_retailer_id":"SKU1"}}</c>.
/// </summary>
public sealed partial class ProductMessage : InteractiveMessage
{
    /// <summary>Creates a single-product message.</summary>
    /// <param name="catalogId">The catalog's id.</param>
    /// <param name="productRetailerId">The product's retailer id (SKU) in the catalog.</param>
    /// <exception cref="WhatsAppValidationException">An id is empty.</exception>
    public ProductMessage(string catalogId, string productRetailerId)
    {
        Validate.NotEmpty(catalogId, "interactive.action.catalog_id");
        Validate.NotEmpty(productRetailerId, "interactive.action.product_retailer_id");
        CatalogId = catalogId;
        ProductRetailerId = productRetailerId;
    }

    /// <inheritdoc />
    public override string InteractiveType => "product";

    /// <summary>The catalog's id.</summary>
    public string CatalogId { get; }

    /// <summary>The product's retailer id.</summary>
    public string ProductRetailerId { get; }

    /// <summary><value>The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The body is empty or too long.</exception>
    public string? Body { get => BodyPart; init => BodyPart = value is null ? null : ValidBody(value); }

    /// <summary><value>The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The footer is empty or too long.</exception>
    public string? Footer { get => FooterPart; init => FooterPart = value; }
}
