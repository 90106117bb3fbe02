using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CloudApi.Sdk.Http;

/// <summary>Calls whose answer is Graph's <c>{"success":true}</c>; anything else is an error.</summary>
internal static class GraphRequests
{
    private static readonly ResponseParser<bool> ParseSuccess = SuccessReader.Read;

    /// <summary>POSTs <paramref name="body"/> as JSON (or nothing when <see langword="null"/>) and requires <c>success:true</c>.</summary>
    public static Task PostForSuccessAsync<TRequest>(
        this GraphConnection graph, string relativePath, TRequest? body, JsonTypeInfo<TRequest> requestType, CancellationToken cancellationToken)
        where TRequest : class
    {
        var request = new HttpRequestMessage(HttpMethod.Post, graph.CreateUri(relativePath));
        if (body is not null)
        {
            request.Content = PooledJsonContent.Create((body, requestType), static (writer, state) => JsonSerializer.Serialize(writer, state.body, state.requestType));
        }

        return graph.SendAsync(request, ParseSuccess, cancellationToken);
    }

    /// <summary>POSTs with no body (parameters in the query) and requires <c>success:true</c>.</summary>
    public static Task PostForSuccessAsync(this GraphConnection graph, string relativePath, CancellationToken cancellationToken) =>
        graph.SendAsync(new HttpRequestMessage(HttpMethod.Post, graph.CreateUri(relativePath)), ParseSuccess, cancellationToken);

    /// <summary>DELETEs a Graph path and requires <c>success:true</c>.</summary>
    public static Task DeleteForSuccessAsync(this GraphConnection graph, string relativePath, CancellationToken cancellationToken) =>
        graph.SendAsync(new HttpRequestMessage(HttpMethod.Delete, graph.CreateUri(relativePath)), ParseSuccess, cancellationToken);
}
