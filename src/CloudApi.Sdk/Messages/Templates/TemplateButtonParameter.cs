using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A parameter of a template button: a quick-reply <c>payload</c>, a <c>coupon_code</c>, or an <c>action</c> (flow token
/// and data, catalog thumbnail, multi-product sections). A URL button's suffix is a <see cref="TemplateTextParameter"/>.
/// Created by the <see cref="TemplateComponent"/> button factories.
/// </summary>
public sealed partial class TemplateButtonParameter : TemplateParameter
{
    private readonly JsonEncodedText _encodedType;
    private readonly ProductSection[]? _sections;

    private TemplateButtonParameter(string type, JsonEncodedText encodedType, string? value)
    {
        Type = type;
        _encodedType = encodedType;
        Value = value;
    }

    private TemplateButtonParameter(string? flowToken, JsonElement? flowActionData, string? thumbnailProductRetailerId, ProductSection[]? sections)
        : this("action", JsonNames.Action, null)
    {
        FlowToken = flowToken;
        FlowActionData = flowActionData;
        ThumbnailProductRetailerId = thumbnailProductRetailerId;
        _sections = sections;
        Sections = sections is null ? null : Validate.ReadOnly(sections);
    }

    /// <inheritdoc />
    public override string Type { get; }

    /// <summary>The payload or coupon code, or <see langword="null"/> for an action.</summary>
    public string? Value { get; }

    /// <summary>The flow token of a flow button, or <see langword="null"/>.</summary>
    public string? FlowToken { get; }

    /// <summary>The initial data of a flow button (a JSON object), or <see langword="null"/>.</summary>
    public JsonElement? FlowActionData { get; }

    /// <summary>The thumbnail product of a catalog or multi-product button, or <see langword="null"/>.</summary>
    public string? ThumbnailProductRetailerId { get; }

    /// <summary>The product sections of a multi-product button, or <see langword="null"/>.</summary>
    public IReadOnlyList<ProductSection>? Sections { get; }

    internal static TemplateButtonParameter ForPayload(string payload)
    {
        Validate.NotEmpty(payload, "template.components.parameters.payload");
        return new("payload", JsonNames.Payload, payload);
    }

    internal static TemplateButtonParameter CouponCode(string couponCode)
    {
        Validate.Text(couponCode, TemplateComponent.MaxCouponCodeLength, "template.components.parameters.coupon_code");
        return new("coupon_code", JsonNames.CouponCode, couponCode);
    }

    internal static TemplateButtonParameter FlowAction(string? flowToken, JsonElement? flowActionData)
    {
        Validate.OptionalNotEmpty(flowToken, "template.components.parameters.action.flow_token");
        if (flowActionData is { } data && data.ValueKind != JsonValueKind.Object)
        {
            throw new WhatsAppValidationException("template.components.parameters.action.flow_action_data",
                $"template.components.parameters.action.flow_action_data must be a JSON object, not {data.ValueKind}.");
        }

        return new(flowToken, flowActionData?.Clone(), null, null);
    }

    internal static TemplateButtonParameter CatalogAction(string? thumbnailProductRetailerId)
    {
        Validate.OptionalNotEmpty(thumbnailProductRetailerId, "template.components.parameters.action.thumbnail_product_retailer_id");
        return new(null, null, thumbnailProductRetailerId, null);
    }

    internal static TemplateButtonParameter MultiProductAction(string thumbnailProductRetailerId, IEnumerable<ProductSection> sections)
    {
        Validate.NotEmpty(thumbnailProductRetailerId, "template.components.parameters.action.thumbnail_product_retailer_id");
        var copy = ProductSection.ValidSections(sections, "template.components.parameters.action.sections");
        return new(null, null, thumbnailProductRetailerId, copy);
    }
}
