namespace CloudApi.Sdk.Messages;

/// <summary>
/// An amount of money in an order: <c>{"value":21000,"offset":100,"description":"..."}</c>, meaning
/// <c>value / offset</c> in the order's currency (21000 with offset 100 is 210.00).
/// </summary>
public sealed partial class OrderAmount
{
    /// <summary>Creates an amount.</summary>
    /// <param name="value">The amount times <paramref name="offset"/>, 0 or more.</param>
    /// <param name="offset">The divisor of <paramref name="value"/>, e.g. 100 for an amount in hundredths; at least 1.</param>
    /// <exception cref="WhatsAppValidationException">The value is negative or the offset below 1.</exception>
    public OrderAmount(long value, int offset)
    {
        if (value < 0)
        {
            throw new WhatsAppValidationException("amount.value", $"amount.value is {value}; it must be 0 or more.", 0);
        }

        Validate.Range(offset, 1, int.MaxValue, "amount.offset");
        Value = value;
        Offset = offset;
    }

    /// <summary>The amount times <see cref="Offset"/>.</summary>
    public long Value { get; }

    /// <summary>The divisor of <see cref="Value"/>.</summary>
    public int Offset { get; }

    /// <summary><value>A text shown with the amount (e.g. for tax or shipping). Default <see langword="null"/> (none); when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The description is empty.</exception>
    public string? Description
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "amount.description");
    }

    /// <summary>The amount in currency units.</summary>
    internal decimal Money => (decimal)Value / Offset;
}
