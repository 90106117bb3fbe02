using System.Text.Json;

namespace CloudApi.Sdk.Http;

/// <summary>Raw Graph calls through one tenant's <see cref="GraphConnection"/>: its token, version, pipeline and error mapping.</summary>
internal sealed class GraphRequestsClient : IGraphRequests
{
    private static readonly ResponseParser<RawGraphResult> Parse = static (body, response) =>
    {
        EnsureJson(body);
        return new RawGraphResult(GraphSource.FromBody(body, response));
    };

    private readonly GraphConnection _graph;

    public GraphRequestsClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public Task<RawGraphResult> GetAsync(string relativePath, GraphRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, relativePath, content: null, options, cancellationToken);

    public Task<RawGraphResult> PostAsync(string relativePath, GraphRequestContent? content, GraphRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, relativePath, content, options, cancellationToken);

    public Task<RawGraphResult> DeleteAsync(string relativePath, GraphRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, relativePath, content: null, options, cancellationToken);

    /// <summary>
    /// Fails now, as any result's reading would, when a 2xx body is not JSON: <see cref="GraphResult.RawJson"/> parses lazily and
    /// must not throw later. An empty body (some edges answer 200 with none) is a result without JSON.
    /// </summary>
    private static void EnsureJson(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return;
        }

        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
        }
    }

    private async Task<RawGraphResult> SendAsync(
        HttpMethod method, string relativePath, GraphRequestContent? content, GraphRequestOptions? options, CancellationToken cancellationToken)
    {
        var path = RelativeGraphPath.Build(relativePath, options?.Query);
        var uri = options?.ApiVersion is { } version ? _graph.CreateUri(path, version) : _graph.CreateUri(path);
        var request = new HttpRequestMessage(method, uri) { Content = content?.CreateHttpContent() };
        return await _graph.SendAsync(request, Parse, cancellationToken).ConfigureAwait(false);
    }
}
