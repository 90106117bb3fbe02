using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Redis.Webhooks;

/// <summary>
/// The endpoint's side of the Redis inbox: XADD of the raw body. The endpoint answers 200 only once this returned, and
/// 503 when it threw (Redis unreachable), so Meta delivers again.
/// </summary>
internal sealed class RedisWebhookInbox(RedisWebhookStream stream) : IWebhookInbox
{
    public async ValueTask<bool> TryAddAsync(ReadOnlyMemory<byte> body, WebhookNotification notification, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        await stream.AddAsync(body, receivedAt).ConfigureAwait(false);
        return true;
    }
}
