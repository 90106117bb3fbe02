using System.Runtime.CompilerServices;
using System.Text.Json;
using CloudApi.Sdk.Groups.Wire;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Groups;

/// <summary>
/// <c>GET /{phone-number-id}/groups</c> as a <see cref="GraphPageable{T}"/>. Its pages differ from other Graph lists (the
/// items sit in <c>data.groups</c>), so it reads them itself; the cursor rules are <see cref="GraphPagedList{TWire, T}"/>'s:
/// the next page is asked with <c>after</c> while the page has a <c>paging.next</c>, on a path built here, never from the answer.
/// </summary>
internal sealed class ActiveGroupPagedList : GraphPageable<ActiveGroup>
{
    private readonly GraphConnection _graph;
    private readonly string _relativePath;
    private readonly CancellationToken _listCancellation;

    public ActiveGroupPagedList(GraphConnection graph, string relativePath, CancellationToken listCancellation)
    {
        _graph = graph;
        _relativePath = relativePath;
        _listCancellation = listCancellation;
    }

    public override async IAsyncEnumerable<GraphPage<ActiveGroup>> AsPages(string? continuationToken = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = cancellationToken.CanBeCanceled && _listCancellation.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _listCancellation)
            : null;
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

    private static GraphPage<ActiveGroup> ReadPage(ReadOnlySpan<byte> body, GraphResponse response)
    {
        var page = JsonSerializer.Deserialize(body, WhatsAppJsonContext.Default.GroupListPageWire)
            ?? throw new WhatsAppException("The Graph API answered the groups list with an empty body.");
        var elements = page.Data?.Groups ?? [];
        var items = new ActiveGroup[elements.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var wire = elements[i].Deserialize(WhatsAppJsonContext.Default.ActiveGroupWire) ?? throw new WhatsAppException("The Graph API answered the groups list with a null group.");
            items[i] = new ActiveGroup(wire, GraphSource.FromElement(elements[i], response));
        }

        var after = page.Paging?.Cursors?.After;
        return new GraphPage<ActiveGroup>(items, page.Paging?.Next is null || string.IsNullOrEmpty(after) ? null : after, response);
    }
}
