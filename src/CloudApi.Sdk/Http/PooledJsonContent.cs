using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CloudApi.Sdk.Http;

/// <summary>
/// JSON request content serialized once into a pooled buffer: the length is known up front (no chunking), a retry
/// re-sends the same bytes, and the buffer goes back to the pool when the request is disposed.
/// </summary>
internal sealed class PooledJsonContent : HttpContent
{
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// A request body goes to an API, never into HTML, so only what JSON itself requires is escaped: a '+' in a phone
    /// number or Hindi, Arabic or Cyrillic text goes out as its UTF-8 bytes, not as \uXXXX sequences up to three times
    /// their size. (Emoji, beyond the Basic Multilingual Plane, are still escaped: every built-in encoder does that.)
    /// </summary>
    internal static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly PooledBufferWriter _buffer;

    private PooledJsonContent(PooledBufferWriter buffer)
    {
        _buffer = buffer;
        Headers.TryAddWithoutValidation("Content-Type", "application/json");
    }

    /// <summary>Serializes with <paramref name="write"/> into a new pooled content.</summary>
    public static PooledJsonContent Create<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new PooledBufferWriter();
        try
        {
            // The writer is reused per thread: serialization is synchronous, so no await can interleave here.
            var writer = t_writer;
            if (writer is null)
            {
                writer = new Utf8JsonWriter(buffer, WriterOptions);
                t_writer = writer;
            }
            else
            {
                writer.Reset(buffer);
            }

            write(writer, state);
            writer.Flush();
            writer.Reset();
            return new PooledJsonContent(buffer);
        }
        catch
        {
            t_writer = null;
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The message send this is the body of, if any (<see cref="MessageSend.Of"/> finds it here without a lookup): once
    /// the rate limiter cleared it to leave, the body makes the departure's last check
    /// (<see cref="MessageSend.BeforeWriteAsync"/>) just before its bytes go to the connection.
    /// </summary>
    public MessageSend? Message { get; set; }

    /// <summary>The serialized bytes (for tests and diagnostics).</summary>
    public ReadOnlyMemory<byte> Bytes => _buffer.WrittenMemory;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        // The headers wait in the connection's buffer until the body is written: held here, nothing has left yet.
        var departure = Message?.BeforeWriteAsync(cancellationToken) ?? ValueTask.CompletedTask;
        return departure.IsCompletedSuccessfully
            ? stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).AsTask()
            : WriteAfterAsync(departure, stream, cancellationToken);
    }

    private async Task WriteAfterAsync(ValueTask departure, Stream stream, CancellationToken cancellationToken)
    {
        await departure.ConfigureAwait(false);
        await stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(_buffer.WrittenSpan);

    protected override bool TryComputeLength(out long length)
    {
        length = _buffer.WrittenCount;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
