namespace CloudApi.Sdk.Webhooks;

/// <summary>The <c>context</c> of an inbound message: the message it replies to, or forwarding flags.</summary>
public sealed class MessageContext
{
    internal MessageContext()
    {
    }

    /// <summary>The id of the message replied to (<c>context.id</c>).</summary>
    public string? MessageId { get; internal init; }

    /// <summary>The sender of the message replied to (<c>context.from</c>), usually the business number.</summary>
    public string? From { get; internal init; }

    /// <summary>Whether the message was forwarded (<c>forwarded</c>).</summary>
    public bool Forwarded { get; internal init; }

    /// <summary>Whether the message was forwarded more than five times (<c>frequently_forwarded</c>).</summary>
    public bool FrequentlyForwarded { get; internal init; }

    /// <summary>The catalog id of the product the user asked about (<c>referred_product.catalog_id</c>).</summary>
    public string? ReferredCatalogId { get; internal init; }

    /// <summary>The product's retailer id (<c>referred_product.product_retailer_id</c>).</summary>
    public string? ReferredProductRetailerId { get; internal init; }
}
