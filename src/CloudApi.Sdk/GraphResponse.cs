using System.Net.Http.Headers;

namespace CloudApi.Sdk;

/// <summary>
/// The HTTP response a result was read from: its status, its headers and Meta's trace id. Quote
/// <see cref="TraceId"/> in a support ticket; read a header the SDK does not model from <see cref="Headers"/>.
/// </summary>
public sealed class GraphResponse
{
    /// <summary>The header in which Meta names the request for support (<c>x-fb-trace-id</c>).</summary>
    public const string TraceIdHeader = "x-fb-trace-id";

    internal GraphResponse(int statusCode, HttpResponseHeaders headers)
    {
        StatusCode = statusCode;
        Headers = headers;
    }

    /// <summary>The HTTP status code, e.g. <c>200</c>.</summary>
    public int StatusCode { get; }

    /// <summary>The response headers as they came (content headers aside).</summary>
    public HttpResponseHeaders Headers { get; }

    /// <summary>Meta's trace id of the request (the <c>x-fb-trace-id</c> header), or <see langword="null"/> when absent.</summary>
    public string? TraceId => Headers.TryGetValues(TraceIdHeader, out var values) ? values.FirstOrDefault() : null;

    /// <summary>Returns the status and the trace id, e.g. <c>HTTP 200 (x-fb-trace-id AbC123)</c>.</summary>
    /// <returns>A short description of the response.</returns>
    public override string ToString() => TraceId is { } traceId ? $"HTTP {StatusCode} ({TraceIdHeader} {traceId})" : $"HTTP {StatusCode}";
}
