namespace CloudApi.Sdk.Uploads;

/// <summary>
/// Meta's Resumable Upload API: uploads a file to the app and gets back a <em>file handle</em>, which template media headers
/// (<c>example.header_handle</c>) and business profile pictures (<c>profile_picture_handle</c>) require. It is not the
/// media upload of messages (<see cref="Media.IMediaClient.UploadAsync"/>, which gives a media id).
/// </summary>
/// <remarks>
/// The steps are a session (<c>POST /{app-id}/uploads</c>), a transfer of the bytes from an offset
/// (<c>POST /upload:{session}</c> with <c>file_offset</c>), and, after an interruption, a read of the offset Meta has
/// (<c>GET /upload:{session}</c>) to continue from. <see cref="UploadFileAsync"/> does all of them; the other calls are the
/// steps, for an upload resumed in another process or after a cancellation. Files are streamed, never buffered whole.
/// </remarks>
public interface IUploadsClient
{
    /// <summary>
    /// Uploads a whole file: opens a session, streams the bytes, and when the transfer is interrupted (a broken connection, a
    /// timeout, a 5xx) asks Meta for the offset it has and continues from there, up to
    /// <see cref="UploadRequestOptions.MaxResumeAttempts"/> times.
    /// </summary>
    /// <param name="content">The file, read from its current position to its end; it must be seekable (a file or memory
    /// stream) so a transfer can resume from Meta's offset. It is not disposed.</param>
    /// <param name="fileName">The file's name (<c>file_name</c>), up to 255 characters, no path.</param>
    /// <param name="fileType">The MIME type (<c>file_type</c>): one of <see cref="UploadFileTypes"/>.</param>
    /// <param name="options">The app id, the transfer timeout and the resume attempts; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the upload. The session stays open at Meta, but its id is not returned: to
    /// resume across cancellations, open the session with <see cref="CreateSessionAsync"/> and use <see cref="ResumeFileAsync"/>.</param>
    /// <returns>The file handle.</returns>
    /// <exception cref="WhatsAppValidationException">The stream, name or type is invalid, or the file is empty; nothing was sent.</exception>
    /// <exception cref="UploadInterruptedException">Every resume failed too; it carries the session id and offset for <see cref="ResumeFileAsync"/>.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the session or the file.</exception>
    Task<UploadResult> UploadFileAsync(Stream content, string fileName, string fileType, UploadRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Continues an upload: reads the offset Meta has for the session and streams the rest of the file from there, resuming
    /// again after an interruption as <see cref="UploadFileAsync"/> does.
    /// </summary>
    /// <param name="sessionId">The session id (<c>upload:...</c>) from <see cref="CreateSessionAsync"/> or <see cref="UploadInterruptedException.SessionId"/>.</param>
    /// <param name="content">The whole file, positioned at its first byte; it must be seekable. It is not disposed.</param>
    /// <param name="options">The transfer timeout and the resume attempts; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the upload; the session stays open for another resume.</param>
    /// <returns>The file handle.</returns>
    /// <exception cref="WhatsAppValidationException">The session id or the stream is invalid; nothing was sent.</exception>
    /// <exception cref="UploadInterruptedException">Every resume failed.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the session (e.g. it expired) or the file.</exception>
    Task<UploadResult> ResumeFileAsync(string sessionId, Stream content, UploadRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Opens an upload session (<c>POST /{app-id}/uploads?file_name=&amp;file_length=&amp;file_type=</c>).</summary>
    /// <param name="fileName">The file's name, up to 255 characters, no path.</param>
    /// <param name="fileLength">The file's size in bytes, at least 1.</param>
    /// <param name="fileType">The MIME type: one of <see cref="UploadFileTypes"/>.</param>
    /// <param name="options">The app id; <see langword="null"/> for <see cref="WhatsAppOptions.AppId"/> or the token's app.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session (its id and offset 0).</returns>
    /// <exception cref="WhatsAppValidationException">A value is invalid; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the session.</exception>
    Task<UploadSession> CreateSessionAsync(string fileName, long fileLength, string fileType, UploadRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a session's offset (<c>GET /upload:{session}</c>): how many bytes Meta has, where a transfer continues.</summary>
    /// <param name="sessionId">The session id (<c>upload:...</c>).</param>
    /// <param name="options">None of the settings applies to this call; pass <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session with its <see cref="UploadSession.FileOffset"/>.</returns>
    /// <exception cref="WhatsAppValidationException">The session id is malformed; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the call (e.g. an unknown or expired session).</exception>
    Task<UploadSession> GetSessionAsync(string sessionId, UploadRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends the file's bytes from <paramref name="fileOffset"/> (<c>POST /upload:{session}</c>, header <c>file_offset</c>), once,
    /// without resuming: the step under <see cref="UploadFileAsync"/>.
    /// </summary>
    /// <param name="sessionId">The session id (<c>upload:...</c>).</param>
    /// <param name="content">The bytes from <paramref name="fileOffset"/> to the end of the file, read from the stream's current
    /// position; any readable stream (a seekable one is sent with its length). It is not disposed.</param>
    /// <param name="fileOffset">The offset of the first byte sent: 0 for a new session, else <see cref="UploadSession.FileOffset"/>.</param>
    /// <param name="options">The transfer timeout; <see langword="null"/> for the default.</param>
    /// <param name="cancellationToken">Cancels the transfer.</param>
    /// <returns>The file handle.</returns>
    /// <exception cref="WhatsAppValidationException">A value is invalid; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the bytes (e.g. an offset that is not its own).</exception>
    Task<UploadResult> UploadAsync(string sessionId, Stream content, long fileOffset, UploadRequestOptions? options = null, CancellationToken cancellationToken = default);
}
