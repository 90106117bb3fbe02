using CloudApi.Sdk.Http;
using CloudApi.Sdk.Media.Wire;

namespace CloudApi.Sdk.Media;

/// <summary>
/// An uploaded or received media file (<c>GET /{media-id}</c>). The <see cref="Url"/> expires after 5 minutes; download it
/// with <see cref="IMediaClient.DownloadAsync(MediaInfo, Stream, CancellationToken)"/>, which sends the token and checks <see cref="Sha256"/>.
/// </summary>
public sealed class MediaInfo : GraphResult
{
    internal MediaInfo(string id, Uri url, string mimeType, string? sha256, long fileSize, GraphSource source)
        : base(source)
    {
        Id = id;
        Url = url;
        MimeType = mimeType;
        Sha256 = sha256;
        FileSize = fileSize;
    }

    internal MediaInfo(MediaInfoWire wire, GraphSource source)
        : this(
            wire.Id ?? string.Empty,
            Uri.TryCreate(wire.Url, UriKind.Absolute, out var url) ? url : throw new WhatsAppException("The Graph API answered the media request without a download URL."),
            wire.MimeType ?? string.Empty,
            wire.Sha256,
            wire.FileSize ?? 0,
            source)
    {
    }

    /// <summary>The media id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The download URL (<c>url</c>); it needs the access token and expires after 5 minutes.</summary>
    public Uri Url { get; }

    /// <summary>The MIME type (<c>mime_type</c>).</summary>
    public string MimeType { get; }

    /// <summary>The SHA-256 of the file as Meta reports it (<c>sha256</c>, hexadecimal or base64); <see langword="null"/> when absent.</summary>
    public string? Sha256 { get; }

    /// <summary>The size in bytes (<c>file_size</c>, a string in Meta's JSON); <c>0</c> when Meta gave none.</summary>
    public long FileSize { get; }
}
