using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// An update of an order sent with an <see cref="OrderDetailsMessage"/>:
/// <c>{"type":"order_status","body":{"text":"..."},"action":{"name":"review_order","parameters":{"reference_id":"...",
/// "order":{"status":"processing","description":"..."}}}}</c>.
/// </summary>
public sealed partial class OrderStatusMessage : InteractiveMessage
{
    /// <summary>Creates an order-status message.</summary>
    /// <param name="body">The text, 1 to <see cref="InteractiveMessage.MaxBodyLength"/> characters.</param>
    /// <param name="referenceId">The <see cref="OrderDetailsMessage.ReferenceId"/> of the order.</param>
    /// <param name="status">The order's new status.</param>
    /// <exception cref="WhatsAppValidationException">A field is missing or empty.</exception>
    public OrderStatusMessage(string body, string referenceId, OrderStatus status)
    {
        BodyPart = ValidBody(body);
        Validate.NotEmpty(referenceId, "interactive.action.parameters.reference_id");
        Validate.NotEmpty(status.Value, "interactive.action.parameters.order.status");
        ReferenceId = referenceId;
        Status = status;
    }

    /// <inheritdoc />
    public override string InteractiveType => "order_status";

    /// <summary>The text.</summary>
    public string Body => BodyPart!;

    /// <summary>The order's reference id.</summary>
    public string ReferenceId { get; }

    /// <summary>The order's new status.</summary>
    public OrderStatus Status { get; }

    /// <summary><value>A text about the update (<c>order.description</c>). Default <see langword="null"/> (none); when set, not empty.</value></summary>
    /// <exception cref="WhatsAppValidationException">The description is empty.</exception>
    public string? Description
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "interactive.action.parameters.order.description");
    }

    /// <summary><value>The footer, 1 to <see cref="InteractiveMessage.MaxFooterLength"/> characters. Default <see langword="null"/> (none).</value></summary>
    /// <exception cref="WhatsAppValidationException">The footer is empty or too long.</exception>
    public string? Footer { get => FooterPart; init => FooterPart = value; }
}
