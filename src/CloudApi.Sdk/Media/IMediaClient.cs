using System.Diagnostics.CodeAnalysis;

namespace CloudApi.Sdk.Media;

/// <summary>Uploads, reads, downloads and deletes media files (<c>/{phone-number-id}/media</c>, <c>/{media-id}</c>).</summary>
public interface IMediaClient
{
    /// <summary>
    /// Uploads a file as a streamed multipart request (<c>POST /{phone-number-id}/media</c>); the file is never buffered whole.
    /// The MIME type and the size are checked against Meta's limits for the media kind before anything is sent; a stream
    /// that cannot seek is counted while it is sent and the upload is aborted when it passes the limit.
    /// </summary>
    /// <param name="content">The file, read from its current position to its end. It is not disposed.</param>
    /// <param name="mimeType">The file's MIME type, e.g. <c>application/pdf</c> (see <see cref="MediaLimits"/>).</param>
    /// <param name="options">The uploading phone-number id and the file name; <see langword="null"/> for the configured number and <c>file</c>.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The media id.</returns>
    /// <exception cref="WhatsAppValidationException">The type is not accepted or the file is too large; nothing (or not all) was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the file (e.g. 131053).</exception>
    Task<MediaUploadResult> UploadAsync(Stream content, string mimeType, MediaUploadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a media file's download URL and metadata (<c>GET /{media-id}</c>).</summary>
    /// <param name="mediaId">The media id (from an upload or an inbound message).</param>
    /// <param name="options">The owning phone-number id to check; <see langword="null"/> to not check.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The URL (valid 5 minutes), MIME type, SHA-256 and size.</returns>
    Task<MediaInfo> GetAsync(string mediaId, MediaRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets a fresh URL for <paramref name="mediaId"/> and downloads the file into <paramref name="destination"/>; see
    /// <see cref="DownloadAsync(MediaInfo, Stream, CancellationToken)"/>.
    /// </summary>
    /// <param name="mediaId">The media id.</param>
    /// <param name="destination">Where the bytes are written. It is not disposed.</param>
    /// <param name="options">The owning phone-number id to check; <see langword="null"/> to not check.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The metadata of the downloaded file.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter type (id or MediaInfo), so no call is ambiguous.")]
    Task<MediaInfo> DownloadAsync(string mediaId, Stream destination, MediaRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Downloads a file from its <see cref="MediaInfo.Url"/> with the access token, streaming it into <paramref name="destination"/>
    /// through a small buffer while computing its SHA-256; the file is never held in memory.
    /// </summary>
    /// <param name="media">The file's metadata from <see cref="GetAsync"/> (the URL expires after 5 minutes).</param>
    /// <param name="destination">Where the bytes are written. It is not disposed.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>A task that completes when the whole file was written and verified.</returns>
    /// <exception cref="MediaIntegrityException">The bytes do not match the reported SHA-256 or size; discard what was written.</exception>
    /// <exception cref="WhatsAppApiException">The download was refused (a 404 means the URL expired: get a fresh one).</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter type (id or MediaInfo), so no call is ambiguous.")]
    Task DownloadAsync(MediaInfo media, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>Deletes a media file (<c>DELETE /{media-id}</c>).</summary>
    /// <param name="mediaId">The media id.</param>
    /// <param name="options">The owning phone-number id to check; <see langword="null"/> to not check.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    Task DeleteAsync(string mediaId, MediaRequestOptions? options = null, CancellationToken cancellationToken = default);
}
