using Microsoft.Extensions.Caching.Distributed;

namespace CloudApi.Sdk.AspNetCore.Deduplication;

/// <summary>
/// Seen keys in an <see cref="IDistributedCache"/> (Redis, SQL Server, ...), shared by every instance of the app.
/// <see cref="IDistributedCache"/> has no atomic add, so two instances receiving the same delivery at the same moment
/// may both handle it; retries (minutes to days apart) are caught.
/// </summary>
internal sealed class DistributedCacheWebhookDeduplicationStore(IDistributedCache cache) : IWebhookDeduplicationStore
{
    private static readonly byte[] Seen = [1];

    public async ValueTask<bool> TryMarkAsSeenAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (await cache.GetAsync(key, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await cache.SetAsync(key, Seen, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = window }, cancellationToken)
            .ConfigureAwait(false);
        return true;
    }
}
