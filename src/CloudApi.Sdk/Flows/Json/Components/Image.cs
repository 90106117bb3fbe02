using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>An image given as base64 (<c>Image</c>); at most 3 per screen.</summary>
public sealed class Image : FlowComponent
{
    /// <summary>Creates a <c>Image</c>.</summary>
    /// <param name="src">The image, base64-encoded (PNG or JPEG), or a reference.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public Image(string src)
    {
        Validate.NotEmpty(src, "Image.src");
        Src = src;
    }

    /// <inheritdoc/>
    public override string Type => "Image";

    /// <summary>The image, base64-encoded (PNG or JPEG), or a reference (<c>src</c>).</summary>
    public string Src { get; }

    /// <summary>The width (<c>width</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? Width { get; init; }

    /// <summary>The height (<c>height</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<int>? Height { get; init; }

    /// <summary>How the image fits: cover or contain (<c>scale-type</c>). Default <see langword="null"/>: not written.</summary>
    public FlowScaleType? ScaleType { get; init; }

    /// <summary>The width divided by the height (<c>aspect-ratio</c>). Default <see langword="null"/>: not written.</summary>
    public FlowValue<double>? AspectRatio { get; init; }

    /// <summary>The text read by screen readers (<c>alt-text</c>). Default <see langword="null"/>: not written.</summary>
    public string? AltText { get; init; }

    internal static Image Read(FlowObjectReader r) => new(r.RequiredString("src"))
    {
        Width = r.Int("width"),
        Height = r.Int("height"),
        ScaleType = FlowReading.Extensible<FlowScaleType>(r.String("scale-type"), static s => new FlowScaleType(s)),
        AspectRatio = r.Double("aspect-ratio"),
        AltText = r.String("alt-text"),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("src", Src);
        FlowJsonWriting.Value(writer, "width", Width);
        FlowJsonWriting.Value(writer, "height", Height);
        FlowJsonWriting.String(writer, "scale-type", ScaleType?.Value);
        FlowJsonWriting.Value(writer, "aspect-ratio", AspectRatio);
        FlowJsonWriting.String(writer, "alt-text", AltText);
    }
}
