using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>An image of an <see cref="ImageCarousel"/>.</summary>
public sealed class FlowCarouselImage
{
    /// <summary>Creates an image.</summary>
    /// <param name="src">The image, base64-encoded (PNG or JPEG), or a reference.</param>
    /// <param name="altText">The text read by screen readers.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="src"/> or <paramref name="altText"/> is empty.</exception>
    public FlowCarouselImage(string src, string altText)
    {
        Validate.NotEmpty(src, "images.src");
        Validate.NotEmpty(altText, "images.alt-text");
        Src = src;
        AltText = altText;
    }

    /// <summary>The image (<c>src</c>).</summary>
    public string Src { get; }

    /// <summary>The text read by screen readers (<c>alt-text</c>).</summary>
    public string AltText { get; }

    /// <summary>Properties this SDK does not type, written after the typed ones; the reader keeps the ones it does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get;
        init => field = FlowJsonWriting.CopyRest(value, nameof(AdditionalProperties));
    } = FlowJsonWriting.NoProperties;

    internal static FlowCarouselImage? Read(JsonElement json) => FlowReading.Typed(json, static r => new FlowCarouselImage(r.RequiredString("src"), r.RequiredString("alt-text"))
    {
        AdditionalProperties = r.Rest(),
    });

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("src", Src);
        writer.WriteString("alt-text", AltText);
        FlowJsonWriting.Rest(writer, AdditionalProperties);
        writer.WriteEndObject();
    }
}
