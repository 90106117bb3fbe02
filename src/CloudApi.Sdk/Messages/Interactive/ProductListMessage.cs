using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// Several products from a catalog, in sections:
/// <c>{"type":"product_list","header":{"type":"text","text":"..."},"body":{"text":"..."},
/// "action":{"catalog_id":"...","sections":[{"title":"...","product_items":[{"product_retailer_id":"SKU1"}]}]}}</c>.
/// </summary>
public sealed partial class ProductListMessage : InteractiveMessage
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
    /// <exception cref="WhatsAppValidationException">A field is missing or too long, or a limit on sections or products is broken.</exception>
    public ProductListMessage(string header, string body, string catalogId, params IEnumerable<ProductSection> sections)
    {
        HeaderPart = InteractiveHeader.FromText(header);
        BodyPart = ValidBody(body);
        Validate.NotEmpty(catalogId, "interactive.action.catalog_id");
        _sections = ProductSection.ValidSections(sections, "interactive.action.sections");
        CatalogId = catalogId;
        Sections = Validate.ReadOnly(_sections);
    }

    /// <inheritdoc />
    public override string InteractiveType => "product_list";

    /// <summary>The header text.</summary>
    public string Header => HeaderPart!.Text!;

    /// <summary>The text.</summary>
    public string Body => BodyPart!;

    /// <summary>The catalog's id.</summary>
    public string CatalogId { get; }

    /// <summary>The sections.</summary>
    public IReadOnlyList<ProductSection> Sections { get; }

    /// <summary><value>The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The footer is empty or too long.</exception>
    public string? Footer { get => FooterPart; init => FooterPart = value; }
}
