using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A button that opens the business's whole catalog:
/// <c>{"type":"catalog_message","body":{"text":"..."},"action":{"name":"catalog_message","parameters":{"thumbnail_product_retailer_id":"SKU1"}}}</c>.
/// </summary>
public sealed class CatalogMessage : InteractiveMessage
{
    /// <summary>Creates a catalog message.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <param name="thumbnailProductRetailerId">The product whose image is the thumbnail; <see langword="null"/> for the catalog's first product.</param>
    /// <param name="footer">The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters; <see langword="null"/> for none.</param>
    /// <exception cref="WhatsAppValidationException">The body is empty or too long, or a text is empty.</exception>
    public CatalogMessage(string body, string? thumbnailProductRetailerId = null, string? footer = null)
        : base(null, body, footer)
    {
        Validate.Text(body, MaxBodyLength, "interactive.body.text");
        Validate.OptionalNotEmpty(thumbnailProductRetailerId, "interactive.action.parameters.thumbnail_product_retailer_id");
        ThumbnailProductRetailerId = thumbnailProductRetailerId;
    }

    /// <inheritdoc />
    public override string InteractiveType => "catalog_message";

    /// <summary>The thumbnail product's retailer id, or <see langword="null"/>.</summary>
    public string? ThumbnailProductRetailerId { get; }

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
