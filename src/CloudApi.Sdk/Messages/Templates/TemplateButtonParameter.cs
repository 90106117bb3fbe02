using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A parameter of a template button: a quick-reply <c>payload</c>, a <c>coupon_code</c> or a flow <c>action</c>.
/// (A URL button's suffix is a <see cref="TemplateTextParameter"/>.) Created by the <see cref="TemplateComponent"/> button factories.
/// </summary>
public sealed record TemplateButtonParameter : TemplateParameter
{
    private readonly JsonEncodedText _encodedType;

    private TemplateButtonParameter(string type, JsonEncodedText encodedType, string? value, string? flowToken, JsonElement? flowActionData)
    {
        Type = type;
        _encodedType = encodedType;
        Value = value;
        FlowToken = flowToken;
        FlowActionData = flowActionData;
    }

    /// <inheritdoc />
    public override string Type { get; }

    /// <summary>The payload or coupon code, or <see langword="null"/> for a flow action.</summary>
    public string? Value { get; }

    /// <summary>The flow token of a flow action, or <see langword="null"/>.</summary>
    public string? FlowToken { get; }

    /// <summary>The initial data of a flow action (a JSON object), or <see langword="null"/>.</summary>
    public JsonElement? FlowActionData { get; }

    internal static TemplateButtonParameter Payload(string payload)
    {
        Validate.NotEmpty(payload, "template.components.parameters.payload");
        return new("payload", JsonNames.Payload, payload, null, null);
    }

    internal static TemplateButtonParameter CouponCode(string couponCode)
    {
        Validate.Text(couponCode, TemplateComponent.MaxCouponCodeLength, "template.components.parameters.coupon_code");
        return new("coupon_code", JsonNames.CouponCode, couponCode, null, null);
    }

    internal static TemplateButtonParameter FlowAction(string? flowToken, JsonElement? flowActionData)
    {
        Validate.OptionalNotEmpty(flowToken, "template.components.parameters.action.flow_token");
        if (flowActionData is { } data && data.ValueKind != JsonValueKind.Object)
        {
            throw new WhatsAppValidationException("template.components.parameters.action.flow_action_data",
                $"template.components.parameters.action.flow_action_data must be a JSON object, not {data.ValueKind}.");
        }

        return new("action", JsonNames.Action, null, flowToken, flowActionData?.Clone());
    }

    internal override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, _encodedType);
        if (Value is not null)
        {
            writer.WriteString(_encodedType, Value);
        }
        else
        {
            writer.WriteStartObject(JsonNames.Action);
            writer.WriteOptionalString(JsonNames.FlowToken, FlowToken);
            if (FlowActionData is { } data)
            {
                writer.WritePropertyName(JsonNames.FlowActionData);
                data.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
