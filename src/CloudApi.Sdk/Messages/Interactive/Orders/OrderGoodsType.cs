namespace CloudApi.Sdk.Messages;

/// <summary>What an <see cref="OrderDetailsMessage"/> sells (<c>parameters.type</c>). String-backed, so a value Meta adds later can be sent.</summary>
public readonly record struct OrderGoodsType
{
    private readonly string? _value;

    /// <summary>Creates a value from Meta's string.</summary>
    /// <param name="value">The value as Meta names it.</param>
    /// <exception cref="WhatsAppValidationException">The value is empty.</exception>
    public OrderGoodsType(string value)
    {
        Validate.NotEmpty(value, "interactive.action.parameters.type");
        _value = value;
    }

    /// <summary>Digital goods or services.</summary>
    public static OrderGoodsType DigitalGoods { get; } = new("digital-goods");

    /// <summary>Physical goods (shipped).</summary>
    public static OrderGoodsType PhysicalGoods { get; } = new("physical-goods");

    /// <summary>The value as sent.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
