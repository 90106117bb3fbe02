using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Messages;

/// <summary>The <c>status</c> of an order in an <see cref="OrderDetailsMessage"/> or <see cref="OrderStatusMessage"/>. String-backed, so a value Meta adds later can be sent.</summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<OrderStatus>))]
public readonly partial struct OrderStatus
{
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

    static partial void ValidateValue(string value) => Validate.NotEmpty(value, "order.status");
}
