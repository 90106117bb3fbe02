namespace CloudApi.Sdk;

/// <summary>
/// A Graph list that is read lazily, page by page, as it is enumerated: <c>await foreach</c> over it yields every item;
/// <see cref="AsPages"/> yields the pages themselves, with the cursor to continue from later.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Nothing is requested until the enumeration starts; each enumeration requests the pages again.</remarks>
public abstract class GraphPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>Creates a pageable; the SDK's lists derive from it, and a test double may too.</summary>
    protected GraphPageable()
    {
    }

    /// <summary>
    /// Enumerates the list page by page. Save a page's <see cref="GraphPage{T}.ContinuationToken"/> to resume from the
    /// page after it in another enumeration (or another process).
    /// </summary>
    /// <param name="continuationToken">The cursor a previous page gave (<c>paging.cursors.after</c>), or <see langword="null"/> to start at the first page.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The pages, each requested when the previous one has been consumed.</returns>
    public abstract IAsyncEnumerable<GraphPage<T>> AsPages(string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>Enumerates every item of every page.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items' enumerator.</returns>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
            {
                yield return item;
            }
        }
    }
}
