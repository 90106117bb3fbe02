namespace CloudApi.Sdk.Messages;

/// <summary>
/// One line of an order: <c>{"retailer_id":"SKU1","name":"Bread","amount":{"value":1500,"offset":100},"quantity":1,"sale_amount":{...}}</c>.
/// </summary>
public sealed partial class OrderItem
{
    /// <summary>Creates an order line.</summary>
    /// <param name="retailerId">The product's retailer id (SKU).</param>
    /// <param name="name">The product's name as shown.</param>
    /// <param name="amount">The price of one unit.</param>
    /// <param name="quantity">How many units, at least 1.</param>
    /// <exception cref="WhatsAppValidationException">A text is empty, the amount missing, or the quantity below 1.</exception>
    public OrderItem(string retailerId, string name, OrderAmount amount, int quantity)
    {
        Validate.NotEmpty(retailerId, "order.items.retailer_id");
        Validate.NotEmpty(name, "order.items.name");
        Amount = Validate.NotNull(amount, "order.items.amount");
        Validate.Range(quantity, 1, int.MaxValue, "order.items.quantity");
        RetailerId = retailerId;
        Name = name;
        Quantity = quantity;
    }

    /// <summary>The product's retailer id.</summary>
    public string RetailerId { get; }

    /// <summary>The product's name.</summary>
    public string Name { get; }

    /// <summary>The price of one unit.</summary>
    public OrderAmount Amount { get; }

    /// <summary>How many units.</summary>
    public int Quantity { get; }

    /// <summary><value>The discounted price of one unit, which the subtotal then uses. Default <see langword="null"/> (none).</value></summary>
    public OrderAmount? SaleAmount { get; init; }

    /// <summary><value>The country the product comes from (required by Meta for imported goods). Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public string? CountryOfOrigin
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "order.items.country_of_origin");
    }

    /// <summary><value>The importer's name (for imported goods). Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public string? ImporterName
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "order.items.importer_name");
    }

    /// <summary>The line's total: the unit price (the sale price when set) times the quantity.</summary>
    internal decimal Money => (SaleAmount ?? Amount).Money * Quantity;
}
