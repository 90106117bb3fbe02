using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// The values sent for one part of a template: its header, body, a button, or a carousel of cards
/// (<c>{"type":"body","parameters":[...]}</c>). Create them with the factories here.
/// </summary>
public abstract partial class TemplateComponent
{
    /// <summary>The most buttons a template has; button indexes run from 0 to 9.</summary>
    public const int MaxButtons = 10;

    /// <summary>The longest copy-code coupon.</summary>
    public const int MaxCouponCodeLength = 15;

    private protected TemplateComponent()
    {
    }

    /// <summary>The component's <c>type</c>: <c>header</c>, <c>body</c>, <c>button</c>, <c>carousel</c> or <c>limited_time_offer</c>.</summary>
    public abstract string Type { get; }

    /// <summary>The header's variable: text (positional or named), an image, a video, a document or a location.</summary>
    /// <param name="parameter">The header's one parameter.</param>
    /// <returns>The component.</returns>
    /// <exception cref="WhatsAppValidationException">The parameter is missing or of a kind a header cannot take.</exception>
    public static TemplateHeaderComponent Header(TemplateParameter parameter) => new(parameter);

    /// <summary>The body's variables, in order (positional) or by name (named); text, currency or date-time.</summary>
    /// <param name="parameters">The parameters, at least one; all named or all positional.</param>
    /// <returns>The component.</returns>
    /// <exception cref="WhatsAppValidationException">No parameter, a kind the body cannot take, named and positional mixed, or a name repeated.</exception>
    public static TemplateBodyComponent Body(params IEnumerable<TemplateParameter> parameters) => new(parameters);

    /// <summary>A quick-reply button's payload, sent back in the webhook when the user taps it.</summary>
    /// <param name="index">The button's position in the template, 0 to 9.</param>
    /// <param name="payload">The payload.</param>
    /// <returns>The component.</returns>
    /// <exception cref="WhatsAppValidationException">The index is out of range or the payload empty.</exception>
    public static TemplateButtonComponent QuickReplyButton(int index, string payload) =>
        new("quick_reply", JsonNames.QuickReply, index, TemplateButtonParameter.ForPayload(payload));

    /// <summary>The variable suffix of a dynamic URL button (<c>https://x.com/r/{{1}}</c>).</summary>
    /// <param name="index">The button's position in the template, 0 to 9.</param>
    /// <param name="text">The URL suffix.</param>
    /// <returns>The component.</returns>
    /// <exception cref="WhatsAppValidationException">The index is out of range or the text empty.</exception>
    public static TemplateButtonComponent UrlButton(int index, string text) =>
        new("url", JsonNames.Url, index, new TemplateTextParameter(text));

    /// <summary>The coupon a copy-code button copies.</summary>
    /// <param name="index">The button's position in the template, 0 to 9.</param>
    /// <param name="couponCode">The code, 1 to 15 characters.</param>
    /// <returns>The component.</returns>
    /// <exception cref="WhatsAppValidationException">The index is out of range or the code empty or too long.</exception>
    public static TemplateButtonComponent CopyCodeButton(int index, string couponCode) =>
        new("copy_code", JsonNames.CopyCode, index, TemplateButtonParameter.CouponCode(couponCode));

    /// <summary>The token and initial data of a flow button.</summary>
    /// <param name="index">The button's position in the template, 0 to 9.</param>
    /// <param name="flowToken">A token your endpoint receives with the flow's data; <see langword="null"/> for none.</param>
    /// <param name="flowActionData">The first screen's data: a JSON object (copied); <see langword="null"/> for none.</param>
    /// <returns>The component.</returns>
    /// <exception cref="WhatsAppValidationException">The index is out of range, the token empty, or the data not a JSON object.</exception>
    public static TemplateButtonComponent FlowButton(int index, string? flowToken = null, JsonElement? flowActionData = null) =>
        new("flow", JsonNames.Flow, index, TemplateButtonParameter.FlowAction(flowToken, flowActionData));

    /// <summary>A catalog button (opens the business's catalog), optionally with a thumbnail product.</summary>
    /// <param name="index">The button's position in the template, 0 to 9.</param>
    /// <param name="thumbnailProductRetailerId">The product whose image is the thumbnail; <see langword="null"/> for the default.</param>
    /// <returns>The component.</returns>
    /// <exception cref="WhatsAppValidationException">The index is out of range or the id empty.</exception>
    public static TemplateButtonComponent CatalogButton(int index, string? thumbnailProductRetailerId = null) =>
        new("catalog", JsonNames.Catalog, index, TemplateButtonParameter.CatalogAction(thumbnailProductRetailerId));

    /// <summary>A multi-product button: the products shown, in sections (at most 10 sections and 30 products).</summary>
    /// <param name="index">The button's position in the template, 0 to 9.</param>
    /// <param name="thumbnailProductRetailerId">The product whose image is the thumbnail.</param>
    /// <param name="sections">The sections; every section needs a title when there are several.</param>
    /// <returns>The component.</returns>
    /// <exception cref="WhatsAppValidationException">The index is out of range, or a limit on sections or products is broken.</exception>
    public static TemplateButtonComponent MultiProductButton(int index, string thumbnailProductRetailerId, params IEnumerable<ProductSection> sections) =>
        new("mpm", JsonNames.Mpm, index, TemplateButtonParameter.MultiProductAction(thumbnailProductRetailerId, sections));

    /// <summary>
    /// Any button's parameters, for a button kind without its own factory or with parameters the factories do not write
    /// (e.g. a quick-reply button given a <c>text</c> parameter).
    /// </summary>
    /// <param name="subType">The button kind (<c>sub_type</c>) as Meta names it: lower-case letters and underscores, e.g. <c>quick_reply</c>.</param>
    /// <param name="index">The button's position in the template, 0 to 9.</param>
    /// <param name="parameters">The button's parameters, at least one.</param>
    /// <returns>The component.</returns>
    /// <exception cref="WhatsAppValidationException">The kind is malformed, the index out of range, or no parameter given.</exception>
    public static TemplateButtonComponent Button(string subType, int index, params IEnumerable<TemplateParameter> parameters)
    {
        Validate.NotEmpty(subType, "template.components.sub_type");
        Validate.LowerSnakeCase(subType, allowDigits: false, "template.components.sub_type");
        var copy = Validate.Copy(parameters, "template.components.parameters");
        Validate.Count(copy.Length, 1, int.MaxValue, "template.components.parameters");
        return new(subType, JsonEncodedText.Encode(subType), index, copy);
    }

    /// <summary>The expiry of a limited-time-offer template (its countdown).</summary>
    /// <param name="expiresAt">When the offer expires.</param>
    /// <returns>The component.</returns>
    public static TemplateLimitedTimeOfferComponent LimitedTimeOffer(DateTimeOffset expiresAt) => new(expiresAt);

    /// <summary>The cards of a carousel template, as many as the template defines (2 to 10).</summary>
    /// <param name="cards">The cards, with distinct card indexes.</param>
    /// <returns>The component.</returns>
    /// <exception cref="WhatsAppValidationException">Fewer than 2 or more than 10 cards, or a card index repeated.</exception>
    public static TemplateCarouselComponent Carousel(params IEnumerable<TemplateCarouselCard> cards) => new(cards);
}
