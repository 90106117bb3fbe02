namespace CloudApi.Sdk.Messages;

/// <summary>The <c>status</c> of an order in an <see cref="OrderDetailsMessage"/> or <see cref="OrderStatusMessage"/>. String-backed, so a value Meta adds later can be sent.</summary>
public readonly record struct OrderStatus
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta names it.</param>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public OrderStatus(string value)
    {
        Validate.NotEmpty(value, "order.status");
        _value = value;
    }

    /// <summary>Awaiting payment (the status of a new order).</summary>
    public static OrderStatus Pending { get; } = new("pending");

    /// <summary>Paid and being prepared.</summary>
    public static OrderStatus Processing { get; } = new("processing");

    /// <summary>Partly shipped.</summary>
    public static OrderStatus PartiallyShipped { get; } = new("partially_shipped");

    /// <summary>Shipped.</summary>
    public static OrderStatus Shipped { get; } = new("shipped");

    /// <summary>Delivered or otherwise completed.</summary>
    public static OrderStatus Completed { get; } = new("completed");

    /// <summary>Canceled (no further updates can follow).</summary>
    public static OrderStatus Canceled { get; } = new("canceled");

    /// <summary>The value as sent.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
