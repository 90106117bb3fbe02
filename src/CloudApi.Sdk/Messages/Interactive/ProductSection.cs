namespace CloudApi.Sdk.Messages;

/// <summary>A section of products: <c>{"title":"...","product_items":[{"product_retailer_id":"SKU1"}]}</c>.</summary>
public sealed partial class ProductSection
{
    /// <summary>The longest section title.</summary>
    public const int MaxTitleLength = 24;

    private readonly string[] _productRetailerIds;

    /// <summary>Creates a product section.</summary>
    /// <param name="productRetailerIds">The products' retailer ids (SKUs), at least one.</param>
    /// <exception cref="WhatsAppValidationException">There is no product, too many, or an empty id.</exception>
    public ProductSection(params IEnumerable<string> productRetailerIds)
    {
        _productRetailerIds = Validate.Copy(productRetailerIds, "interactive.action.sections.product_items");
        Validate.Count(_productRetailerIds.Length, 1, ProductListMessage.MaxProducts, "interactive.action.sections.product_items");
        foreach (var id in _productRetailerIds)
        {
            Validate.NotEmpty(id, "interactive.action.sections.product_items.product_retailer_id");
        }

        ProductRetailerIds = Validate.ReadOnly(_productRetailerIds);
    }

    /// <summary>
    /// <value>The title, 1 to 24 characters; required when there is more than one section. Default <see langword="null"/>.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The title is empty or too long.</exception>
    public string? Title
    {
        get;
        init => field = Validate.OptionalText(value, MaxTitleLength, "interactive.action.sections.title");
    }

    /// <summary>The products' retailer ids.</summary>
    public IReadOnlyList<string> ProductRetailerIds { get; }

    internal int Count => _productRetailerIds.Length;

    /// <summary>1 to 10 sections, 1 to 30 products in all, every section titled when there are several.</summary>
    internal static ProductSection[] ValidSections(IEnumerable<ProductSection> sections, string field)
    {
        var copy = Validate.Copy(sections, field);
        Validate.Count(copy.Length, 1, ProductListMessage.MaxSections, field);
        var products = 0;
        foreach (var section in copy)
        {
            products += section.Count;
            if (copy.Length > 1 && section.Title is null)
            {
                throw new WhatsAppValidationException(field + ".title",
                    $"{field}.title is required on every section when there is more than one section.");
            }
        }

        Validate.Count(products, 1, ProductListMessage.MaxProducts, field + ".product_items");
        return copy;
    }
}
