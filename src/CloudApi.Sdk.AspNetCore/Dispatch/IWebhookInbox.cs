using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// Where the endpoint puts a verified notification in <see cref="WebhookDispatchMode.Queued"/> mode, before it answers
/// Meta; the inbox's own workers later run it through <see cref="IWebhookDispatcher"/>. The endpoint answers 200 only
/// once <see cref="TryAddAsync"/> returned <see langword="true"/>, so a durable inbox makes queued delivery lossless.
/// </summary>
/// <remarks>
/// The default is an in-memory queue (for development: what it holds is lost when the process dies); CloudApi.Sdk.Redis
/// adds a Redis Streams inbox (<c>UseRedisInbox</c>). Register another with <c>UseInbox&lt;TInbox&gt;()</c>.
/// </remarks>
public interface IWebhookInbox
{
    /// <summary>Stores one notification.</summary>
    /// <param name="body">The raw body exactly as received and verified; valid only during the call (copy it to keep it).</param>
    /// <param name="notification">The body, parsed.</param>
    /// <param name="receivedAt">When the endpoint received it.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    /// <returns><see langword="true"/> once stored; <see langword="false"/> when the inbox is full (the endpoint answers 503
    /// with <c>Retry-After</c>). An exception (the store is unreachable) is logged and answered 503: Meta delivers again.</returns>
    ValueTask<bool> TryAddAsync(ReadOnlyMemory<byte> body, WebhookNotification notification, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);
}
