using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>A section of products: <c>{"title":"...","product_items":[{"product_retailer_id":"SKU1"}]}</c>.</summary>
public sealed class ProductSection
{
    /// <summary>The longest section title.</summary>
    public const int MaxTitleLength = 24;

    private readonly string[] _productRetailerIds;

    /// <summary>Creates a product section.</summary>
    /// <param name="title">The title, 1 to 24 characters; required when there is more than one section, otherwise <see langword="null"/> is allowed.</param>
    /// <param name="productRetailerIds">The products' retailer ids (SKUs), at least one.</param>
    /// <exception cref="WhatsAppValidationException">The title is empty or too long, or there is no product.</exception>
    public ProductSection(string? title, params IEnumerable<string> productRetailerIds)
    {
        Validate.OptionalText(title, MaxTitleLength, "interactive.action.sections.title");
        _productRetailerIds = Validate.Copy(productRetailerIds, "interactive.action.sections.product_items");
        Validate.Count(_productRetailerIds.Length, 1, ProductListMessage.MaxProducts, "interactive.action.sections.product_items");
        foreach (var id in _productRetailerIds)
        {
            Validate.NotEmpty(id, "interactive.action.sections.product_items.product_retailer_id");
        }

        Title = title;
        ProductRetailerIds = Validate.ReadOnly(_productRetailerIds);
    }

    /// <summary>The title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>The products' retailer ids.</summary>
    public IReadOnlyList<string> ProductRetailerIds { get; }

    internal int Count => _productRetailerIds.Length;

    internal void Write(Utf8JsonWriter writer)
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
