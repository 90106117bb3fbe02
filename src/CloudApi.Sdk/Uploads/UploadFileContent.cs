using System.Buffers;
using System.Net;

namespace CloudApi.Sdk.Uploads;

/// <summary>
/// The body of <c>POST /upload:{session}</c>: the file's bytes from the current offset, streamed from the caller's
/// <see cref="Stream"/> through a small pooled buffer (a 100 MB file is never held in memory). A seekable stream is
/// re-positioned on every attempt, so a transport that re-sends the body sends the same bytes.
/// </summary>
internal sealed class UploadFileContent : HttpContent
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream _source;
    private readonly long _startPosition;
    private bool _consumed;

    public UploadFileContent(Stream source)
    {
        _source = source;
        _startPosition = source.CanSeek ? source.Position : -1;
        Headers.TryAddWithoutValidation("Content-Type", "application/octet-stream");
    }

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
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while ((read = await _source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
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
        length = _source.CanSeek ? Math.Max(0, _source.Length - _startPosition) : 0;
        return _source.CanSeek;
    }
}
