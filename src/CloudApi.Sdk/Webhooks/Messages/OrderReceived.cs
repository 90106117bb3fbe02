namespace CloudApi.Sdk.Webhooks;

/// <summary>The user sent a cart from a catalog (<c>type: order</c>).</summary>
public sealed record OrderReceived : InboundMessage
{
    /// <summary>The catalog id (<c>order.catalog_id</c>).</summary>
    public string? CatalogId { get; init; }

    /// <summary>The text the user sent with the order (<c>order.text</c>).</summary>
    public string? Text { get; init; }

    /// <summary>The items (<c>order.product_items</c>).</summary>
    public IReadOnlyList<OrderItem> Items { get; init; } = [];
}

/// <summary>One line of an order (<c>order.product_items[]</c>).</summary>
/// <param name="ProductRetailerId">The product's retailer id.</param>
/// <param name="Quantity">How many.</param>
/// <param name="ItemPrice">The unit price.</param>
/// <param name="Currency">The ISO 4217 currency code.</param>
public sealed record OrderItem(string? ProductRetailerId, int Quantity, decimal ItemPrice, string? Currency);
