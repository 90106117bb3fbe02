using CloudApi.Sdk.AspNetCore;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Webhooks;

/// <summary>
/// Handled events as Redis keys shared by every app instance (EXISTS before the handlers, SET with expiry after they
/// succeeded), so an event handled by one instance is skipped by all when Meta, or the inbox, delivers it again.
/// </summary>
internal sealed class RedisWebhookDeduplicationStore(IConnectionMultiplexer connection, RedisWebhookDeduplicationOptions options) : IWebhookDeduplicationStore
{
    private readonly IDatabase _database = connection.GetDatabase(options.Database);
    private readonly string _prefix = options.KeyPrefix + ":";

    public async ValueTask<bool> IsHandledAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await _database.KeyExistsAsync(_prefix + key).ConfigureAwait(false);
    }

    public async ValueTask MarkHandledAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await _database.StringSetAsync(_prefix + key, 1, window).ConfigureAwait(false);
    }
}
