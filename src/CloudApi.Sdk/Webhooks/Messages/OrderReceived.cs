namespace CloudApi.Sdk.Webhooks;

/// <summary>The user sent a cart from a catalog (<c>type: order</c>).</summary>
public sealed class OrderReceived : InboundMessage
{
    internal OrderReceived()
    {
    }

    /// <summary>The catalog id (<c>order.catalog_id</c>).</summary>
    public string? CatalogId { get; internal init; }

    /// <summary>The text the user sent with the order (<c>order.text</c>).</summary>
    public string? Text { get; internal init; }

    /// <summary>The items (<c>order.product_items</c>).</summary>
    public IReadOnlyList<OrderItem> Items { get; internal init; } = [];
}

/// <summary>One line of an order (<c>order.product_items[]</c>).</summary>
public sealed class OrderItem
{
    internal OrderItem(string? productRetailerId, int quantity, decimal itemPrice, string? currency)
    {
        ProductRetailerId = productRetailerId;
        Quantity = quantity;
        ItemPrice = itemPrice;
        Currency = currency;
    }

    /// <summary>The product's retailer id.</summary>
    public string? ProductRetailerId { get; }

    /// <summary>How many.</summary>
    public int Quantity { get; }

    /// <summary>The unit price.</summary>
    public decimal ItemPrice { get; }

    /// <summary>The ISO 4217 currency code.</summary>
    public string? Currency { get; }
}
