using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Messages;

/// <summary>What an <see cref="OrderDetailsMessage"/> sells (<c>parameters.type</c>). String-backed, so a value Meta adds later can be sent.</summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<OrderGoodsType>))]
public readonly partial struct OrderGoodsType
{
    /// <summary>Digital goods or services.</summary>
    public static OrderGoodsType DigitalGoods { get; } = new("digital-goods");

    /// <summary>Physical goods (shipped).</summary>
    public static OrderGoodsType PhysicalGoods { get; } = new("physical-goods");

    static partial void ValidateValue(string value) => Validate.NotEmpty(value, "interactive.action.parameters.type");
}
