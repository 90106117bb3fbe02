using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// Several products from a catalog, in sections:
/// <c>{"type":"product_list","header":{"type":"text","text":"..."},"body":{"text":"..."},
/// "action":{"catalog_id":"...","sections":[{"title":"...","product_items":[{"product_retailer_id":"SKU1"}]}]}}</c>.
/// </summary>
public sealed class ProductListMessage : InteractiveMessage
{
    /// <summary>The most sections.</summary>
    public const int MaxSections = 10;

    /// <summary>The most products across all sections.</summary>
    public const int MaxProducts = 30;

    private readonly ProductSection[] _sections;

    /// <summary>Creates a multi-product message.</summary>
    /// <param name="header">The header text (required), 1 to 60 characters.</param>
    /// <param name="body">The text (required), 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <param name="catalogId">The catalog's id.</param>
    /// <param name="sections">1 to 10 sections with at most 30 products in all; every section needs a title when there are several.</param>
    /// <param name="footer">The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">A field is missing or too long, or a limit on sections or products is broken.</exception>
    public ProductListMessage(string header, string body, string catalogId, IEnumerable<ProductSection> sections, string? footer = null)
        : base(InteractiveHeader.FromText(header), body, footer)
    {
        Validate.Text(body, MaxBodyLength, "interactive.body.text");
        Validate.NotEmpty(catalogId, "interactive.action.catalog_id");
        _sections = Validate.Copy(sections, "interactive.action.sections");
        Validate.Count(_sections.Length, 1, MaxSections, "interactive.action.sections");
        var products = 0;
        foreach (var section in _sections)
        {
            products += section.Count;
            if (_sections.Length > 1 && section.Title is null)
            {
                throw new WhatsAppValidationException("interactive.action.sections.title",
                    "interactive.action.sections.title is required on every section when there is more than one section.");
            }
        }

        Validate.Count(products, 1, MaxProducts, "interactive.action.sections.product_items");
        CatalogId = catalogId;
        Sections = Validate.ReadOnly(_sections);
    }

    /// <inheritdoc />
    public override string InteractiveType => "product_list";

    /// <summary>The catalog's id.</summary>
    public string CatalogId { get; }

    /// <summary>The sections.</summary>
    public IReadOnlyList<ProductSection> Sections { get; }

    private protected override JsonEncodedText EncodedInteractiveType => JsonNames.ProductList;

    private protected override void WriteAction(Utf8JsonWriter writer)
    {
        writer.WriteString(JsonNames.CatalogId, CatalogId);
        writer.WriteStartArray(JsonNames.Sections);
        foreach (var section in _sections)
        {
            section.Write(writer);
        }

        writer.WriteEndArray();
    }
}
