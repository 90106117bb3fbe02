using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace CloudApi.Sdk.Media;

/// <summary>
/// The file part of a media upload, streamed from the caller's <see cref="Stream"/> through a small pooled buffer (the file is
/// never held in memory). A seekable stream's length is known up front; any stream is counted while it is copied and the
/// upload is aborted as soon as it passes the limit of its media kind.
/// </summary>
internal sealed class MediaFileContent : HttpContent
{
    internal const int BufferSize = 64 * 1024;

    private readonly Stream _source;
    private readonly long _startPosition;
    private readonly long _maxBytes;
    private readonly string _kind;
    private bool _consumed;

    public MediaFileContent(Stream source, string mimeType, long maxBytes, string kind)
    {
        _source = source;
        _maxBytes = maxBytes;
        _kind = kind;
        _startPosition = source.CanSeek ? source.Position : -1;
        Headers.TryAddWithoutValidation("Content-Type", mimeType);
    }

    /// <summary>The number of bytes copied by the last (or current) upload attempt.</summary>
    public long BytesCopied { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        if (_source.CanSeek)
        {
            _source.Position = _startPosition;
        }
        else if (_consumed)
        {
            throw new InvalidOperationException("The upload stream is not seekable and was already sent once; it cannot be sent again.");
        }

        _consumed = true;
        BytesCopied = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            while (true)
            {
                var read = await _source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                BytesCopied += read;
                if (BytesCopied > _maxBytes)
                {
                    throw MediaClient.TooLarge(_kind, _maxBytes, $"more than {_maxBytes}");
                }

                await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        if (_source.CanSeek)
        {
            length = _source.Length - _startPosition;
            return true;
        }

        length = 0;
        return false;
    }
}
