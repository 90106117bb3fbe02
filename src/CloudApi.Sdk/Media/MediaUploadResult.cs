using CloudApi.Sdk.Http;
using CloudApi.Sdk.Media.Wire;

namespace CloudApi.Sdk.Media;

/// <summary>Meta's answer to an upload (<c>{"id":"1037543291543636"}</c>).</summary>
public sealed class MediaUploadResult : GraphResult
{
    internal MediaUploadResult(string id, GraphSource source)
        : base(source)
    {
        Id = id;
    }

    internal MediaUploadResult(MediaUploadResultWire wire, GraphSource source)
        : this(wire.Id is { Length: > 0 } id ? id : throw new WhatsAppException("The Graph API answered the upload without a media id."), source)
    {
    }

    /// <summary>The media id (<c>id</c>): send it in a message (it stays valid 30 days) or delete it.</summary>
    public string Id { get; }
}
