namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// Remembers which events were handled, so a delivery Meta repeats is handled once. The dispatcher asks
/// <see cref="IsHandledAsync"/> before an event's handlers run and calls <see cref="MarkHandledAsync"/> only after all of
/// them succeeded: an event whose handler failed is not recorded, so a redelivery runs it again.
/// </summary>
/// <remarks>
/// The SDK provides an in-memory store (the default), an <c>IDistributedCache</c> store and, in CloudApi.Sdk.Redis, a Redis
/// store; implement this to use another. A store that throws does not lose events: the event is handled anyway.
/// </remarks>
public interface IWebhookDeduplicationStore
{
    /// <summary>Whether <paramref name="key"/> was recorded as handled within its window.</summary>
    /// <param name="key">The event's key, e.g. <c>wa:m:{message id}</c> or <c>wa:s:{message id}:{status}</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> for an event already handled (drop it); <see langword="false"/> to handle it.</returns>
    ValueTask<bool> IsHandledAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Records <paramref name="key"/> as handled, for <paramref name="window"/>.</summary>
    /// <param name="key">The event's key.</param>
    /// <param name="window">How long to remember it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the key is recorded.</returns>
    ValueTask MarkHandledAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);
}
