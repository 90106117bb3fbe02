using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Media.Wire;

/// <summary>The answer of <c>GET /{media-id}</c>.</summary>
internal sealed class MediaInfoWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Url { get; set; }

    public string? MimeType { get; set; }

    public string? Sha256 { get; set; }

    /// <summary>A string in Meta's JSON (<c>"303833"</c>); the context reads numbers sent as strings.</summary>
    public long? FileSize { get; set; }
}
