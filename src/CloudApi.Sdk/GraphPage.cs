namespace CloudApi.Sdk;

/// <summary>One page of a Graph list: its items, the cursor to the next page, and the HTTP response it came in.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class GraphPage<T>
{
    internal GraphPage(IReadOnlyList<T> values, string? continuationToken, GraphResponse? response)
    {
        Values = values;
        ContinuationToken = continuationToken;
        Response = response;
    }

    /// <summary>The items of this page, in Meta's order.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>
    /// The cursor of the page after this one (<c>paging.cursors.after</c> while Meta says there is a next page), or
    /// <see langword="null"/> on the last page. Pass it to <see cref="GraphPageable{T}.AsPages"/> to continue from there.
    /// </summary>
    public string? ContinuationToken { get; }

    /// <summary>The HTTP response of this page, or <see langword="null"/> for a page built without one.</summary>
    public GraphResponse? Response { get; }
}
