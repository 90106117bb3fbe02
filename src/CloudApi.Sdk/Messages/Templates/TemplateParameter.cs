using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A value filled into a template variable: text, currency, date-time, media or location (header and body), or a
/// button's payload, URL suffix, coupon code or flow action (created by the <see cref="TemplateComponent"/> button factories).
/// </summary>
public abstract partial class TemplateParameter
{
    private protected TemplateParameter()
    {
    }

    /// <summary>The parameter's <c>type</c>, e.g. <c>text</c>, <c>currency</c>, <c>image</c> or <c>payload</c>.</summary>
    public abstract string Type { get; }

    /// <summary>A text value (<c>{"type":"text","text":"..."}</c>), positional or named.</summary>
    /// <param name="text">The value.</param>
    /// <param name="parameterName">The variable's name in a template created with named parameters (<c>{{first_name}}</c>); <see langword="null"/> for a positional one.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="WhatsAppValidationException">The text is empty, or the name has characters other than lower-case letters and underscores.</exception>
    public static TemplateTextParameter Text(string text, string? parameterName = null) => new(text) { ParameterName = parameterName };

    /// <summary>An amount of money (<c>{"type":"currency","currency":{...}}</c>).</summary>
    /// <param name="fallbackValue">The text shown where the amount cannot be localized, e.g. <c>$100.99</c>.</param>
    /// <param name="code">The ISO 4217 currency code, e.g. <c>USD</c>.</param>
    /// <param name="amount1000">The amount multiplied by 1,000 (<c>100990</c> for 100.99).</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="WhatsAppValidationException">The fallback is empty or the code is not three letters.</exception>
    public static TemplateCurrencyParameter Currency(string fallbackValue, string code, long amount1000) => new(fallbackValue, code, amount1000);

    /// <summary>
    /// A date and time (<c>{"type":"date_time","date_time":{"fallback_value":"..."}}</c>); Cloud API shows the fallback text.
    /// Set the date's parts with <see cref="TemplateDateTimeParameter"/>'s properties (<c>with { Year = 1977, ... }</c>).
    /// </summary>
    /// <param name="fallbackValue">The text shown, e.g. <c>Feb 25, 1977</c>.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="WhatsAppValidationException">The fallback is empty.</exception>
    public static TemplateDateTimeParameter DateTime(string fallbackValue) => new(fallbackValue);

    /// <summary>A button's payload (<c>{"type":"payload","payload":"..."}</c>), e.g. for <see cref="TemplateComponent.Button"/>.</summary>
    /// <param name="payload">The payload, sent back in the webhook when the user taps the button.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="WhatsAppValidationException">The payload is empty.</exception>
    public static TemplateButtonParameter Payload(string payload) => TemplateButtonParameter.ForPayload(payload);

    /// <summary>An image for a media header.</summary>
    /// <param name="media">The image's id or link.</param>
    /// <returns>The parameter.</returns>
    public static TemplateMediaParameter Image(MediaSource media) => new(TemplateMediaParameter.ImageType, media);

    /// <summary>A video for a media header.</summary>
    /// <param name="media">The video's id or link.</param>
    /// <returns>The parameter.</returns>
    public static TemplateMediaParameter Video(MediaSource media) => new(TemplateMediaParameter.VideoType, media);

    /// <summary>A document for a media header.</summary>
    /// <param name="media">The document's id or link.</param>
    /// <param name="filename">The file name shown; <see langword="null"/> to let WhatsApp choose.</param>
    /// <returns>The parameter.</returns>
    public static TemplateMediaParameter Document(MediaSource media, string? filename = null) => new(TemplateMediaParameter.DocumentType, media) { Filename = filename };

    /// <summary>A location for a location header.</summary>
    /// <param name="latitude">The latitude, -90 to 90.</param>
    /// <param name="longitude">The longitude, -180 to 180.</param>
    /// <param name="name">The place's name; <see langword="null"/> for none.</param>
    /// <param name="address">The place's address; <see langword="null"/> for none.</param>
    /// <returns>The parameter.</returns>
    public static TemplateLocationParameter Location(double latitude, double longitude, string? name = null, string? address = null) =>
        new(latitude, longitude) { Name = name, Address = address };
}
