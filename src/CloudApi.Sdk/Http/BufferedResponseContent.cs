using System.Net;
using System.Net.Http.Headers;

namespace CloudApi.Sdk.Http;

/// <summary>
/// A response body the retry/timeout handler read whole inside the attempt (so that the attempt's timeout covers the
/// body, not only the headers), in a pooled buffer. <see cref="ResponseBody.ReadAsync"/> takes the buffer over without a
/// copy; anyone else reads it as an ordinary content.
/// </summary>
internal sealed class BufferedResponseContent : HttpContent
{
    private ResponseBody _body;
    private bool _taken;

    private BufferedResponseContent(ResponseBody body, MediaTypeHeaderValue? contentType)
    {
        _body = body;
        Headers.ContentType = contentType;
    }

    /// <summary>
    /// Reads the body of <paramref name="response"/> under <paramref name="cancellationToken"/> and puts it back buffered;
    /// disposes the response when the read fails. Bodies that are not JSON (a media download's bytes) are left
    /// streaming: their reader copies them as they come.
    /// </summary>
    public static async ValueTask BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content is BufferedResponseContent || !IsJson(content.Headers.ContentType))
        {
            return;
        }

        try
        {
            var body = await ResponseBody.ReadAsync(content, cancellationToken).ConfigureAwait(false);
            response.Content = new BufferedResponseContent(body, content.Headers.ContentType);
            content.Dispose();
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The body, still owned by this content.</summary>
    public ReadOnlySpan<byte> Span => _taken ? throw new InvalidOperationException("The response body was already read.") : _body.Span;

    /// <summary>Hands the buffer over to the caller, who returns it (once) by disposing it.</summary>
    public ResponseBody Take()
    {
        if (_taken)
        {
            throw new InvalidOperationException("The response body was already read.");
        }

        _taken = true;
        var body = _body;
        _body = default;
        return body;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_body.Memory).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Span.Length;
        return true;
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new MemoryStream(_body.Span.ToArray(), writable: false));

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_taken)
        {
            _taken = true;
            _body.Dispose();
            _body = default;
        }

        base.Dispose(disposing);
    }

    /// <summary>JSON or no type (Graph answers and errors); not media bytes.</summary>
    private static bool IsJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is not { } media ||
        media.Contains("json", StringComparison.OrdinalIgnoreCase) ||
        media.StartsWith("text/", StringComparison.OrdinalIgnoreCase);
}
