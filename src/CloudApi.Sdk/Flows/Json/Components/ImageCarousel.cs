using System.Text.Json;
using CloudApi.Sdk.Flows.Json.Reading;
using CloudApi.Sdk.Flows.Json.Validation;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>Up to 3 images the user swipes through (<c>ImageCarousel</c>, Flow JSON 7.1+).</summary>
public sealed class ImageCarousel : FlowComponent
{
    /// <summary>Creates a <c>ImageCarousel</c>.</summary>
    /// <param name="images">The images (1 to 3), or a reference.</param>
    /// <exception cref="WhatsAppValidationException">A required value is missing or empty.</exception>
    public ImageCarousel(FlowItems<FlowCarouselImage> images)
    {
        Images = Validate.NotNull(images, "ImageCarousel.images");
    }

    /// <inheritdoc/>
    public override string Type => "ImageCarousel";

    /// <summary>The images (1 to 3), or a reference (<c>images</c>).</summary>
    public FlowItems<FlowCarouselImage> Images { get; }

    /// <summary>The aspect ratio: 4:3 or 16:9 (<c>aspect-ratio</c>). Default <see langword="null"/>: not written.</summary>
    public string? AspectRatio { get; init; }

    /// <summary>How the images fit: cover or contain (<c>scale-type</c>). Default <see langword="null"/>: not written.</summary>
    public FlowScaleType? ScaleType { get; init; }

    internal static ImageCarousel Read(FlowObjectReader r) => new(r.Items("images", FlowCarouselImage.Read) ?? throw FlowObjectReader.Missing("images"))
    {
        AspectRatio = r.String("aspect-ratio"),
        ScaleType = FlowReading.Extensible<FlowScaleType>(r.String("scale-type"), static s => new FlowScaleType(s)),
    };

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        FlowJsonWriting.Items(writer, "images", Images, static (w, o) => o.WriteTo(w));
        FlowJsonWriting.String(writer, "aspect-ratio", AspectRatio);
        FlowJsonWriting.String(writer, "scale-type", ScaleType?.Value);
    }

    internal override void ValidateLimits(FlowValidator validator, string path)
    {
        validator.Count(path, "images", Images, FlowJsonLimits.CarouselImagesMin, FlowJsonLimits.CarouselImagesMax);
    }
}
