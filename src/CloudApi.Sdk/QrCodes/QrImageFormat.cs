using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.QrCodes;

/// <summary>
/// The image format of a QR code (<c>generate_qr_image</c>, <c>qr_image_url.format(...)</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<QrImageFormat>))]
public readonly partial struct QrImageFormat
{
    /// <summary><c>PNG</c>: a raster image.</summary>
    public static QrImageFormat Png { get; } = new("PNG");

    /// <summary><c>SVG</c>: a vector image.</summary>
    public static QrImageFormat Svg { get; } = new("SVG");
}
