using System.Text.Json.Nodes;
using static CloudApi.Sdk.Emulator.Validation.InteractiveParts;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>
/// Rules for the payment interactive messages (Meta's "Send Order Details Message" and "Send Order Status Message"
/// examples): <c>order_details</c> asks the user to review and pay an order, <c>order_status</c> updates it later
/// by its <c>reference_id</c>. Amounts are <c>{"value":int,"offset":int}</c> (value / offset in the currency).
/// </summary>
internal static class OrderRules
{
    private static readonly string[] OrderStatuses = ["pending", "processing", "partially-shipped", "shipped", "completed", "canceled"];

    /// <summary>
    /// <c>review_and_pay</c>: reference id, goods type, currency, total and a <c>pending</c> order of at least one
    /// item; the total must equal subtotal + tax + shipping - discount, the subtotal the items' (sale) amounts times
    /// their quantities (131009 otherwise).
    /// </summary>
    public static void Details(JsonObject interactive, string path)
    {
        Header(interactive, path, required: false, "text", "image", "video", "document");
        Body(interactive, path, 1024);
        Footer(interactive, path);
        var parametersPath = $"{path}.action.parameters";
        var parameters = RequireObject(NamedAction(interactive, path, "review_and_pay"), "parameters", $"{path}.action");
        RequireString(parameters, "reference_id", parametersPath);
        OneOf(RequireString(parameters, "type", parametersPath), $"{parametersPath}.type", "digital-goods", "physical-goods");
        RequireString(parameters, "currency", parametersPath);
        OptionalString(parameters, "payment_type", parametersPath);
        OptionalString(parameters, "payment_configuration", parametersPath);
        var total = Amount(RequireObject(parameters, "total_amount", parametersPath), $"{parametersPath}.total_amount");

        var orderPath = $"{parametersPath}.order";
        var order = RequireObject(parameters, "order", parametersPath);
        OneOf(RequireString(order, "status", orderPath), $"{orderPath}.status", "pending");
        OptionalScalar(order, "catalog_id", orderPath);
        OptionalObject(order, "expiration", orderPath);
        var itemsTotal = 0m;
        foreach (var (item, itemPath) in Objects(RequireArray(order, "items", orderPath, 1, int.MaxValue), $"{orderPath}.items"))
        {
            RequireString(item, "retailer_id", itemPath);
            RequireString(item, "name", itemPath);
            var price = Amount(RequireObject(item, "amount", itemPath), $"{itemPath}.amount");
            if (OptionalObject(item, "sale_amount", itemPath) is { } sale)
            {
                price = Amount(sale, $"{itemPath}.sale_amount");
            }

            itemsTotal += price * RequireInteger(item, "quantity", itemPath, min: 1);
        }

        var subtotal = Amount(RequireObject(order, "subtotal", orderPath), $"{orderPath}.subtotal");
        if (subtotal != itemsTotal)
        {
            throw Endpoints.GraphError.InvalidValue($"Param {orderPath}.subtotal must equal the sum of the items' amounts times their quantities ({itemsTotal}), got {subtotal}.");
        }

        var tax = Amount(RequireObject(order, "tax", orderPath), $"{orderPath}.tax");
        var shipping = OptionalObject(order, "shipping", orderPath) is { } s ? Amount(s, $"{orderPath}.shipping") : 0m;
        var discount = OptionalObject(order, "discount", orderPath) is { } d ? Amount(d, $"{orderPath}.discount") : 0m;
        if (total != subtotal + tax + shipping - discount)
        {
            throw Endpoints.GraphError.InvalidValue($"Param {parametersPath}.total_amount must equal subtotal + tax + shipping - discount ({subtotal + tax + shipping - discount}), got {total}.");
        }
    }

    /// <summary><c>review_order</c>: the order's <c>reference_id</c> and its new status, with an optional description of at most 120 characters.</summary>
    public static void Status(JsonObject interactive, string path)
    {
        Header(interactive, path, required: false, "text", "image", "video", "document");
        Body(interactive, path, 1024);
        Footer(interactive, path);
        var parametersPath = $"{path}.action.parameters";
        var parameters = RequireObject(NamedAction(interactive, path, "review_order"), "parameters", $"{path}.action");
        RequireString(parameters, "reference_id", parametersPath);
        var order = RequireObject(parameters, "order", parametersPath);
        OneOf(RequireString(order, "status", $"{parametersPath}.order"), $"{parametersPath}.order.status", OrderStatuses);
        OptionalString(order, "description", $"{parametersPath}.order", 120);
    }

    /// <summary>An amount's value in the currency: <c>value</c> (≥ 0) divided by <c>offset</c> (&gt; 0); any description is text.</summary>
    private static decimal Amount(JsonObject amount, string path)
    {
        var value = RequireInteger(amount, "value", path, min: 0);
        var offset = RequireInteger(amount, "offset", path, min: 1);
        OptionalString(amount, "description", path);
        return (decimal)value / offset;
    }
}
