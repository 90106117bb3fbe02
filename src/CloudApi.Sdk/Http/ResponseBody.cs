using System.Buffers;

namespace CloudApi.Sdk.Http;

/// <summary>A response body read whole into a pooled buffer; dispose to return the buffer.</summary>
internal readonly struct ResponseBody : IDisposable
{
    /// <summary>Graph JSON answers are small; this caps what a misbehaving proxy can make us buffer.</summary>
    internal const int MaxLength = 32 * 1024 * 1024;

    private readonly byte[] _buffer;
    private readonly int _length;

    private ResponseBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public ReadOnlySpan<byte> Span => _buffer is null ? default : _buffer.AsSpan(0, _length);

    public ReadOnlyMemory<byte> Memory => _buffer is null ? default : _buffer.AsMemory(0, _length);

    public static ValueTask<ResponseBody> ReadAsync(HttpContent content, CancellationToken cancellationToken) =>
        content is BufferedResponseContent buffered ? new(buffered.Take()) : ReadStreamAsync(content, cancellationToken);

    private static async ValueTask<ResponseBody> ReadStreamAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var expected = content.Headers.ContentLength;
        if (expected > MaxLength)
        {
            throw new WhatsAppException($"The response body of {expected} bytes exceeds the {MaxLength}-byte limit.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(expected is > 0 ? (int)expected.Value : 1024);
        var length = 0;
        try
        {
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= MaxLength)
                    {
                        throw new WhatsAppException($"The response body exceeds the {MaxLength}-byte limit.");
                    }

                    var grown = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxLength));
                    buffer.AsSpan(0, length).CopyTo(grown);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = grown;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                length += read;
                if (read == 0 || length == expected)
                {
                    return new ResponseBody(buffer, length);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }
}
