using System.Buffers;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Media;

/// <summary>Media calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class MediaClient : IMediaClient
{
    private const int MaxFileNameLength = 255;

    private static readonly ResponseParser<MediaUploadResult> ParseUpload = static (body, _) =>
        JsonSerializer.Deserialize(body, WhatsAppJsonContext.Default.MediaUploadResult) is { Id.Length: > 0 } result
            ? result
            : throw new WhatsAppException("The Graph API answered the upload without a media id.");

    private readonly GraphConnection _graph;

    public MediaClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public async Task<MediaUploadResult> UploadAsync(
        Stream content, string mimeType, string? fileName = null, MediaUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(content, "file");
        Validate.Text(mimeType, 255, "type");
        if (!content.CanRead)
        {
            throw new WhatsAppValidationException("file", "The upload stream cannot be read.");
        }

        if (!MediaLimits.TryGetLimit(mimeType, out var kind, out var maxBytes))
        {
            throw new WhatsAppValidationException("type",
                $"type '{mimeType}' is not a media type WhatsApp accepts (audio: aac, amr, mpeg, mp4, ogg; documents: text/plain, pdf, " +
                "Office formats; images: jpeg, png; stickers: webp; video: mp4, 3gpp).");
        }

        if (content.CanSeek)
        {
            var length = content.Length - content.Position;
            if (length > maxBytes)
            {
                throw TooLarge(kind, maxBytes, length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (length == 0)
            {
                throw new WhatsAppValidationException("file", "The file is empty.");
            }
        }

        var phoneNumberId = GraphIds.Resolve(options?.PhoneNumberId, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));
        var name = SafeFileName(fileName);
        var multipart = new MultipartFormDataContent
        {
            FormField("messaging_product", "whatsapp"),
            FormField("type", mimeType.Trim()),
        };
        var file = new MediaFileContent(content, mimeType.Trim(), maxBytes, kind);
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = Quote(name) };
        multipart.Add(file);

        var request = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(phoneNumberId + "/media")) { Content = multipart };
        try
        {
            return await _graph.SendAsync(request, ParseUpload, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not WhatsAppValidationException && Find<WhatsAppValidationException>(e) is { } tooLarge)
        {
            // The stream passed its limit while it was being sent; the transport wraps the exception.
            throw tooLarge;
        }
    }

    public Task<MediaInfo> GetAsync(string mediaId, MediaRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        _graph.GetAsync(MediaPath(mediaId, options), WhatsAppJsonContext.Default.MediaInfo, cancellationToken);

    public async Task<MediaInfo> DownloadAsync(string mediaId, Stream destination, MediaRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(destination, "destination");
        var media = await GetAsync(mediaId, options, cancellationToken).ConfigureAwait(false);
        await DownloadAsync(media, destination, cancellationToken).ConfigureAwait(false);
        return media;
    }

    public async Task DownloadAsync(MediaInfo media, Stream destination, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(media, "media");
        Validate.NotNull(destination, "destination");
        Validate.HttpUri(media.Url, "url");
        if (!destination.CanWrite)
        {
            throw new WhatsAppValidationException("destination", "The destination stream cannot be written.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, media.Url);
        request.Headers.Authorization = _graph.Authorization;
        using var response = await _graph.HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            using var body = await ResponseBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
            throw GraphErrorReader.Read(response, body.Span, _graph.TimeProvider);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(MediaFileContent.BufferSize);
        long received = 0;
        try
        {
            var source = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                while (true)
                {
                    var read = await source.ReadAsync(buffer.AsMemory(0, MediaFileContent.BufferSize), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    received += read;
                    hash.AppendData(buffer, 0, read);
                    await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        Span<byte> actual = stackalloc byte[32];
        hash.GetHashAndReset(actual);
        var sizeMatches = media.FileSize <= 0 || media.FileSize == received;
        if (!sizeMatches || (!string.IsNullOrEmpty(media.Sha256) && !HashMatches(media.Sha256, actual)))
        {
            throw new MediaIntegrityException(media.Id, media.Sha256, Convert.ToHexString(actual).ToLowerInvariant(), media.FileSize, received);
        }
    }

    public Task DeleteAsync(string mediaId, MediaRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        _graph.DeleteForSuccessAsync(MediaPath(mediaId, options), cancellationToken);

    internal static WhatsAppValidationException TooLarge(string kind, long maxBytes, string size) =>
        new("file", $"The {kind} file is {size} bytes; WhatsApp accepts {kind} files up to {maxBytes} bytes.", (int)Math.Min(maxBytes, int.MaxValue));

    /// <summary>Meta reports the hash as hexadecimal; base64 is accepted too.</summary>
    private static bool HashMatches(string expected, ReadOnlySpan<byte> actual)
    {
        Span<byte> decoded = stackalloc byte[48];
        if (expected.Length == 64)
        {
            try
            {
                return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(expected), actual);
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return Convert.TryFromBase64String(expected, decoded, out var written) && decoded[..written].SequenceEqual(actual);
    }

    private static string MediaPath(string mediaId, MediaRequestOptions? options)
    {
        if (!GraphIds.IsValid(mediaId))
        {
            throw new WhatsAppValidationException("mediaId", $"mediaId '{mediaId}' is malformed: media ids are digits only.");
        }

        var phoneNumberId = options?.PhoneNumberId;
        if (phoneNumberId is not null && !GraphIds.IsValid(phoneNumberId))
        {
            throw new WhatsAppValidationException("phone_number_id", $"phone_number_id '{phoneNumberId}' is malformed: Graph ids are digits only.");
        }

        return new GraphQuery(mediaId).Add("phone_number_id", phoneNumberId).ToString();
    }

    private static StringContent FormField(string name, string value)
    {
        var field = new StringContent(value);
        field.Headers.ContentType = null;
        field.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name) };
        return field;
    }

    private static string SafeFileName(string? fileName)
    {
        if (fileName is null)
        {
            return "file";
        }

        Validate.Text(fileName, MaxFileNameLength, "filename");
        var safe = new char[fileName.Length];
        for (var i = 0; i < fileName.Length; i++)
        {
            var c = fileName[i];
            safe[i] = c is '"' or '\\' || char.IsControl(c) || c > '~' ? '_' : c;
        }

        return new string(safe);
    }

    private static string Quote(string value) => "\"" + value + "\"";

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T match)
            {
                return match;
            }
        }

        return null;
    }
}
