using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Partners;

/// <summary>POSTs a JSON body and maps the answer to its result, keeping the answer's JSON and response.</summary>
internal static class PartnerPosts
{
    public static Task<T> PostAsync<TBody, TWire, T>(
        GraphConnection graph, string path, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TWire> wireType, Func<TWire, GraphSource, T> map,
        CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, graph.CreateUri(path))
        {
            Content = PooledJsonContent.Create((body, bodyType), static (writer, state) => JsonSerializer.Serialize(writer, state.body, state.bodyType)),
        };
        return graph.SendAsync(request, GraphConnection.Mapper(wireType, map), cancellationToken);
    }
}
