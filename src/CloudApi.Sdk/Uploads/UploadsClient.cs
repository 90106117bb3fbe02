using System.Globalization;
using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;
using Polly.Timeout;

namespace CloudApi.Sdk.Uploads;

/// <summary>Resumable uploads through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class UploadsClient : IUploadsClient
{
    /// <summary>Graph's alias of the app the access token belongs to.</summary>
    internal const string TokenApp = "app";

    private const string SessionPrefix = "upload:";
    private const int MaxSessionIdLength = 4096;

    private static readonly ResponseParser<UploadSession> ParseSession =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.UploadSessionWire, static (wire, source) => new UploadSession(wire, source));

    private static readonly ResponseParser<UploadResult> ParseResult =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.UploadResultWire, static (wire, source) => new UploadResult(wire, source));

    private readonly GraphConnection _graph;

    public UploadsClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public async Task<UploadResult> UploadFileAsync(Stream content, string fileName, string fileType, UploadRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (start, length) = SeekableFile(content);
        var session = await CreateSessionAsync(fileName, length, fileType, options, cancellationToken).ConfigureAwait(false);
        return await TransferAsync(session.Id, content, start, length, fileOffset: 0, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<UploadResult> ResumeFileAsync(string sessionId, Stream content, UploadRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateSessionId(sessionId);
        var (start, length) = SeekableFile(content);
        long offset;
        try
        {
            offset = (await GetSessionAsync(sessionId, options, cancellationToken).ConfigureAwait(false)).FileOffset;
        }
        catch (Exception e) when (IsInterruption(e, cancellationToken))
        {
            throw new UploadInterruptedException(sessionId, 0, e);
        }

        return await TransferAsync(sessionId, content, start, length, CheckOffset(offset, length), options, cancellationToken).ConfigureAwait(false);
    }

    public Task<UploadSession> CreateSessionAsync(string fileName, long fileLength, string fileType, UploadRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        UploadFileTypes.ValidateFileName(fileName);
        if (fileLength < 1)
        {
            throw new WhatsAppValidationException("file_length", $"file_length is {fileLength}; a file has at least 1 byte.", 1);
        }

        UploadFileTypes.Validate(fileType);
        var app = options?.AppId ?? _graph.Options.AppId ?? TokenApp;
        var path = new GraphQuery(app + "/uploads")
            .Add("file_name", fileName)
            .Add("file_length", fileLength)
            .Add("file_type", fileType)
            .ToString();
        return _graph.SendAsync(new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(path)), ParseSession, cancellationToken);
    }

    public Task<UploadSession> GetSessionAsync(string sessionId, UploadRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateSessionId(sessionId);
        var request = new HttpRequestMessage(HttpMethod.Get, _graph.CreateUri(sessionId));
        request.Headers.Authorization = _graph.UploadAuthorization;
        return _graph.SendAsync(request, ParseSession, cancellationToken);
    }

    public Task<UploadResult> UploadAsync(string sessionId, Stream content, long fileOffset, UploadRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateSessionId(sessionId);
        Validate.NotNull(content, "file");
        if (!content.CanRead)
        {
            throw new WhatsAppValidationException("file", "The upload stream cannot be read.");
        }

        if (fileOffset < 0)
        {
            throw new WhatsAppValidationException("file_offset", $"file_offset is {fileOffset}; it cannot be negative.", 0);
        }

        return SendBytesAsync(sessionId, content, fileOffset, options, cancellationToken);
    }

    /// <summary>Sends the bytes from <paramref name="fileOffset"/>; after an interruption, asks Meta's offset and continues.</summary>
    private async Task<UploadResult> TransferAsync(string sessionId, Stream content, long start, long length, long fileOffset, UploadRequestOptions? options, CancellationToken cancellationToken)
    {
        var resumes = options?.MaxResumeAttempts ?? UploadRequestOptions.DefaultMaxResumeAttempts;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                content.Position = start + fileOffset;
                return await SendBytesAsync(sessionId, content, fileOffset, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsInterruption(e, cancellationToken) || (attempt > 0 && IsOffsetMismatch(e)))
            {
                // A resume may read the offset before the server has counted the bytes of the interrupted request (they
                // were still arriving); the refused offset then says so, and the offset is read again.
                if (attempt >= resumes)
                {
                    throw new UploadInterruptedException(sessionId, fileOffset, e);
                }
            }

            // Resumed at once: the offset read is a GET, which the pipeline already retries with backoff.
            try
            {
                fileOffset = CheckOffset((await GetSessionAsync(sessionId, options, cancellationToken).ConfigureAwait(false)).FileOffset, length);
            }
            catch (Exception e) when (IsInterruption(e, cancellationToken))
            {
                throw new UploadInterruptedException(sessionId, fileOffset, e);
            }
        }
    }

    private Task<UploadResult> SendBytesAsync(string sessionId, Stream content, long fileOffset, UploadRequestOptions? options, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(sessionId)) { Content = new UploadFileContent(content) };
        request.Headers.Authorization = _graph.UploadAuthorization;
        request.Headers.TryAddWithoutValidation("file_offset", fileOffset.ToString(CultureInfo.InvariantCulture));
        request.Options.Set(GraphResilienceHandler.TimeoutKey, options?.TransferTimeout ?? UploadRequestOptions.DefaultTransferTimeout);
        return _graph.SendAsync(request, ParseResult, cancellationToken);
    }

    /// <summary>A failure after which the session is still worth resuming: the bytes may have been partly received.</summary>
    private static bool IsInterruption(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or TimeoutRejectedException or IOException => true,
        WhatsAppApiException api => (int)api.StatusCode >= 500 || api.IsTransient,
        WhatsAppException { InnerException: JsonException } => true,
        _ => false,
    };

    /// <summary>Meta refused the transfer's <c>file_offset</c> (error 100 naming it): the session is at another offset.</summary>
    private static bool IsOffsetMismatch(Exception exception) =>
        exception is WhatsAppApiException { ErrorCode: WhatsAppErrorCodes.InvalidParameter } api &&
        api.Message.Contains("file_offset", StringComparison.Ordinal);

    private static long CheckOffset(long offset, long length) =>
        offset >= 0 && offset <= length
            ? offset
            : throw new WhatsAppException($"Meta reported file_offset {offset} for a file of {length} bytes: the session belongs to another file.");

    private static (long Start, long Length) SeekableFile(Stream content)
    {
        Validate.NotNull(content, "file");
        if (!content.CanRead || !content.CanSeek)
        {
            throw new WhatsAppValidationException("file",
                "The file stream must be readable and seekable, so an interrupted transfer can resume from Meta's offset; for a stream that cannot seek, use CreateSessionAsync and UploadAsync.");
        }

        var start = content.Position;
        var length = content.Length - start;
        if (length < 1)
        {
            throw new WhatsAppValidationException("file", "The file is empty (nothing after the stream's position).", 1);
        }

        return (start, length);
    }

    /// <summary>
    /// A session id is a path segment as Meta wrote it (<c>upload:MTph...</c>, possibly with its <c>?sig=</c> query); the colon
    /// is sent literally. Nothing that could leave the segment or the Graph host is allowed.
    /// </summary>
    private static void ValidateSessionId(string? sessionId)
    {
        Validate.Text(sessionId, MaxSessionIdLength, "sessionId");
        if (!sessionId!.StartsWith(SessionPrefix, StringComparison.Ordinal) || sessionId.Length == SessionPrefix.Length ||
            sessionId.Any(static c => c <= ' ' || c > '~' || c is '/' or '\\' or '#') || sessionId.Contains("..", StringComparison.Ordinal))
        {
            throw new WhatsAppValidationException("sessionId",
                $"sessionId '{sessionId}' is not an upload session id: it starts with 'upload:' and has no '/', '\\', '#', '..' or spaces.");
        }
    }
}
