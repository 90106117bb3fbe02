using Microsoft.Extensions.Caching.Distributed;

namespace CloudApi.Sdk.AspNetCore.Deduplication;

/// <summary>
/// Handled keys in an <see cref="IDistributedCache"/> (Redis, SQL Server, ...), shared by every instance of the app.
/// Two instances receiving the same delivery at the same moment may both handle it; redeliveries (minutes to days
/// apart) are caught.
/// </summary>
internal sealed class DistributedCacheWebhookDeduplicationStore(IDistributedCache cache) : IWebhookDeduplicationStore
{
    private static readonly byte[] Handled = [1];

    public async ValueTask<bool> IsHandledAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await cache.GetAsync(key, cancellationToken).ConfigureAwait(false) is not null;
    }

    public async ValueTask MarkHandledAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await cache.SetAsync(key, Handled, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = window }, cancellationToken)
            .ConfigureAwait(false);
    }
}
