using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// Where a PhotoPicker takes photos from (<c>photo-source</c>).
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowPhotoSource>))]
public readonly partial struct FlowPhotoSource
{
    /// <summary><c>camera_gallery</c>: The camera or the gallery.</summary>
    public static FlowPhotoSource CameraGallery { get; } = new("camera_gallery");

    /// <summary><c>camera</c>: The camera only.</summary>
    public static FlowPhotoSource Camera { get; } = new("camera");

    /// <summary><c>gallery</c>: The gallery only.</summary>
    public static FlowPhotoSource Gallery { get; } = new("gallery");
}
