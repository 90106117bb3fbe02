namespace CloudApi.Sdk.Messages;

/// <summary>The discount of an order: <c>{"value":100,"offset":100,"description":"...","discount_program_name":"..."}</c>.</summary>
public sealed partial class OrderDiscount
{
    /// <summary>Creates a discount.</summary>
    /// <param name="value">The amount taken off, times <paramref name="offset"/>; 0 or more.</param>
    /// <param name="offset">The divisor of <paramref name="value"/>; at least 1.</param>
    /// <exception cref="WhatsAppValidationException">The value is negative or the offset below 1.</exception>
    public OrderDiscount(long value, int offset)
    {
        Amount = new OrderAmount(value, offset);
    }

    /// <summary>The amount taken off, times <see cref="Offset"/>.</summary>
    public long Value => Amount.Value;

    /// <summary>The divisor of <see cref="Value"/>.</summary>
    public int Offset => Amount.Offset;

    /// <summary><value>A text shown with the discount. Default <see langword="null"/> (none); when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The description is empty.</exception>
    public string? Description
    {
        get => Amount.Description;
        init => Amount = new OrderAmount(Amount.Value, Amount.Offset) { Description = value };
    }

    /// <summary><value>The name of the discount programme. Default <see langword="null"/> (none); when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The name is empty.</exception>
    public string? DiscountProgramName
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "order.discount.discount_program_name");
    }

    private OrderAmount Amount { get; init; }

    internal decimal Money => Amount.Money;
}
