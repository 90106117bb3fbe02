namespace CloudApi.Sdk.Media;

/// <summary>
/// An uploaded or received media file (<c>GET /{media-id}</c>). The <see cref="Url"/> expires after 5 minutes; download it
/// with <see cref="IMediaClient.DownloadAsync(MediaInfo, Stream, CancellationToken)"/>, which sends the token and checks <see cref="Sha256"/>.
/// </summary>
/// <param name="Id">The media id.</param>
/// <param name="Url">The download URL; it needs the access token and expires after 5 minutes.</param>
/// <param name="MimeType">The MIME type (<c>mime_type</c>).</param>
/// <param name="Sha256">The SHA-256 of the file as Meta reports it (hexadecimal or base64); <see langword="null"/> when absent.</param>
/// <param name="FileSize">The size in bytes (<c>file_size</c>, a string in Meta's JSON).</param>
public sealed record MediaInfo(string Id, Uri Url, string MimeType, string? Sha256, long FileSize);
