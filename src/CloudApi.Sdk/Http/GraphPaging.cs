using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;

namespace CloudApi.Sdk.Http;

/// <summary>One page of a Graph list edge: <c>{"data":[...],"paging":{"cursors":{"before","after"},"next","previous"}}</c>.</summary>
internal sealed class GraphPageWire<T>
{
    public List<T> Data { get; set; } = [];

    public GraphPaging? Paging { get; set; }
}

/// <summary>The <c>paging</c> object of a Graph list page.</summary>
internal sealed class GraphPaging
{
    public GraphCursors? Cursors { get; set; }

    public string? Next { get; set; }

    public string? Previous { get; set; }
}

/// <summary>The <c>paging.cursors</c> object.</summary>
internal sealed class GraphCursors
{
    public string? Before { get; set; }

    public string? After { get; set; }
}

/// <summary>Walks a cursor-paged Graph list edge.</summary>
internal static class GraphPager
{
    /// <summary>
    /// Yields every item of the edge at <paramref name="relativePath"/> (which may carry a query already), page by page:
    /// the next page is requested with <c>after={paging.cursors.after}</c> while the page has a <c>paging.next</c>.
    /// The path is rebuilt from our own base rather than following <c>paging.next</c>, so the token and host never
    /// come from a response. Pages are fetched lazily, one at a time, as the caller enumerates.
    /// </summary>
    public static async IAsyncEnumerable<T> ListAsync<T>(
        GraphConnection graph, string relativePath, JsonTypeInfo<GraphPageWire<T>> pageType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var separator = relativePath.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var path = relativePath;
        while (true)
        {
            var page = await graph.GetAsync(path, pageType, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Data)
            {
                yield return item;
            }

            var after = page.Paging?.Cursors?.After;
            if (page.Paging?.Next is null || string.IsNullOrEmpty(after))
            {
                yield break;
            }

            path = relativePath + separator + "after=" + Uri.EscapeDataString(after);
        }
    }
}
