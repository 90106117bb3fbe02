namespace CloudApi.Sdk.Messages;

/// <summary>
/// The order of an <see cref="OrderDetailsMessage"/>: <c>{"status":"pending","items":[...],"subtotal":{...},"tax":{...},
/// "shipping":{...},"discount":{...}}</c>. The subtotal must equal the sum of the items (sale price when set, times quantity).
/// </summary>
public sealed partial class PaymentOrder
{
    private readonly OrderItem[] _items;

    /// <summary>Creates an order.</summary>
    /// <param name="status">The order's status; a new order is <see cref="OrderStatus.Pending"/>.</param>
    /// <param name="subtotal">The sum of the items.</param>
    /// <param name="items">The order's lines, at least one.</param>
    /// <exception cref="WhatsAppValidationException">No item, or the subtotal is not the sum of the items.</exception>
    public PaymentOrder(OrderStatus status, OrderAmount subtotal, params IEnumerable<OrderItem> items)
    {
        Validate.NotEmpty(status.Value, "order.status");
        Subtotal = Validate.NotNull(subtotal, "order.subtotal");
        _items = Validate.Copy(items, "order.items");
        Validate.Count(_items.Length, 1, int.MaxValue, "order.items");
        var sum = _items.Sum(static item => item.Money);
        if (sum != subtotal.Money)
        {
            throw new WhatsAppValidationException("order.subtotal",
                $"order.subtotal is {subtotal.Money}; it must equal the sum of the items (unit or sale price times quantity), {sum}.");
        }

        Status = status;
        Items = Validate.ReadOnly(_items);
    }

    /// <summary>The order's status.</summary>
    public OrderStatus Status { get; }

    /// <summary>The sum of the items.</summary>
    public OrderAmount Subtotal { get; }

    /// <summary>The order's lines.</summary>
    public IReadOnlyList<OrderItem> Items { get; }

    /// <summary><value>The tax. Default <see langword="null"/> (none).</value></summary>
    public OrderAmount? Tax { get; init; }

    /// <summary><value>The shipping cost. Default <see langword="null"/> (none).</value></summary>
    public OrderAmount? Shipping { get; init; }

    /// <summary><value>The discount. Default <see langword="null"/> (none).</value></summary>
    public OrderDiscount? Discount { get; init; }

    /// <summary><value>The catalog the items come from. Default <see langword="null"/> (none); when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The id is empty.</exception>
    public string? CatalogId
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "order.catalog_id");
    }

    /// <summary>What the buyer pays: subtotal + tax + shipping - discount.</summary>
    internal decimal Total => Subtotal.Money + (Tax?.Money ?? 0) + (Shipping?.Money ?? 0) - (Discount?.Money ?? 0);
}
