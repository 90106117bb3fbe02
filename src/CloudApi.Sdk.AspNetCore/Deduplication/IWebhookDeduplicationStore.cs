namespace CloudApi.Sdk.AspNetCore;

/// <summary>Remembers which events were dispatched, so a delivery Meta repeats is handled once.</summary>
/// <remarks>The SDK provides an in-memory store (the default) and an <c>IDistributedCache</c> store; implement this to use another.</remarks>
public interface IWebhookDeduplicationStore
{
    /// <summary>Records <paramref name="key"/> as seen.</summary>
    /// <param name="key">The event's key, e.g. <c>wa:m:{message id}</c> or <c>wa:s:{message id}:{status}</c>.</param>
    /// <param name="window">How long to remember it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when the key was not seen within the window (handle the event); <see langword="false"/> for a duplicate.</returns>
    ValueTask<bool> TryMarkAsSeenAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);
}
