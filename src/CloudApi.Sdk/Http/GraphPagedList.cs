using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Http;

/// <summary>
/// A cursor-paged Graph list edge as a <see cref="GraphPageable{T}"/>: each page is read as raw items, and each item is
/// deserialized into its wire type and mapped to the public type with its own JSON, so every item keeps what Meta sent.
/// </summary>
/// <remarks>
/// The next page is requested with <c>after={paging.cursors.after}</c> while the page has a <c>paging.next</c>; the path
/// is rebuilt from our own base rather than following <c>paging.next</c>, so the token and host never come from a response.
/// </remarks>
internal sealed class GraphPagedList<TWire, T> : GraphPageable<T>
{
    private readonly GraphConnection _graph;
    private readonly string _relativePath;
    private readonly JsonTypeInfo<TWire> _itemType;
    private readonly Func<TWire, GraphSource, T> _map;
    private readonly CancellationToken _listCancellation;

    /// <param name="graph">The tenant's connection.</param>
    /// <param name="relativePath">The edge's path, which may carry a query already.</param>
    /// <param name="itemType">The wire type of one item.</param>
    /// <param name="map">Maps a wire item and its source to the public item.</param>
    /// <param name="listCancellation">The token given to the list method; it cancels every enumeration of this list.</param>
    public GraphPagedList(GraphConnection graph, string relativePath, JsonTypeInfo<TWire> itemType, Func<TWire, GraphSource, T> map, CancellationToken listCancellation)
    {
        _graph = graph;
        _relativePath = relativePath;
        _itemType = itemType;
        _map = map;
        _listCancellation = listCancellation;
    }

    public override async IAsyncEnumerable<GraphPage<T>> AsPages(string? continuationToken = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = Link(cancellationToken);
        var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _listCancellation);
        var after = continuationToken;
        while (true)
        {
            var path = after is null ? _relativePath : _relativePath + (_relativePath.Contains('?', StringComparison.Ordinal) ? '&' : '?') + "after=" + Uri.EscapeDataString(after);
            var page = await _graph.SendAsync(new HttpRequestMessage(HttpMethod.Get, _graph.CreateUri(path)), ReadPage, token).ConfigureAwait(false);
            yield return page;
            if (page.ContinuationToken is null)
            {
                yield break;
            }

            after = page.ContinuationToken;
        }
    }

    private CancellationTokenSource? Link(CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled && _listCancellation.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _listCancellation)
            : null;

    private GraphPage<T> ReadPage(ReadOnlySpan<byte> body, GraphResponse response)
    {
        var page = JsonSerializer.Deserialize(body, WhatsAppJsonContext.Default.GraphPageWireJsonElement)
            ?? throw new WhatsAppException("The Graph API answered a list request with an empty body.");
        var items = new T[page.Data.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var element = page.Data[i];
            var wire = element.Deserialize(_itemType) ?? throw new WhatsAppException("The Graph API answered a list with a null item.");
            items[i] = _map(wire, GraphSource.FromElement(element, response));
        }

        var after = page.Paging?.Cursors?.After;
        return new GraphPage<T>(items, page.Paging?.Next is null || string.IsNullOrEmpty(after) ? null : after, response);
    }
}
