using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A button that opens the business's whole catalog:
/// <c>{"type":"catalog_message","body":{"text":"..."},"action":{"name":"catalog_message","parameters":{"thumbnail_product_retailer_id":"SKU1"}}}</c>.
/// </summary>
public sealed partial class CatalogMessage : InteractiveMessage
{
    /// <summary>Creates a catalog message.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <exception cref="WhatsAppValidationException">The body is empty or too long.</exception>
    public CatalogMessage(string body)
    {
        BodyPart = ValidBody(body);
    }

    /// <inheritdoc />
    public override string InteractiveType => "catalog_message";

    /// <summary>The text.</summary>
    public string Body => BodyPart!;

    /// <summary>
    /// <value>The retailer id of the product whose image is the thumbnail. Default <see langword="null"/>: the catalog's first product.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The id is empty.</exception>
    public string? ThumbnailProductRetailerId
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "interactive.action.parameters.thumbnail_product_retailer_id");
    }

    /// <summary><value>The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The footer is empty or too long.</exception>
    public string? Footer { get => FooterPart; init => FooterPart = value; }
}
