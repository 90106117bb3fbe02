using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Media.Wire;

/// <summary>The answer of <c>POST /{phone-number-id}/media</c>: <c>{"id":"1037543291543636"}</c>.</summary>
internal sealed class MediaUploadResultWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }
}
