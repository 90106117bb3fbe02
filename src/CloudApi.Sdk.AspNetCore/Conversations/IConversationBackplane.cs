using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// Hands answers to waits in other app instances: an instance that waits for a user announces it; an instance that
/// receives a message from a user another instance waits for offers the message there. CloudApi.Sdk.Redis implements
/// it (<c>UseRedisConversations</c>); register another with <c>UseConversationBackplane&lt;T&gt;()</c>.
/// </summary>
public interface IConversationBackplane
{
    /// <summary>Announces that this instance waits for a message from <paramref name="user"/>.</summary>
    /// <param name="user">The user, normalized (a phone number's digits, or a business-scoped user id).</param>
    /// <param name="timeout">How long the wait lasts at most (forget the announcement after it).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once other instances can see the announcement.</returns>
    ValueTask AnnounceAsync(string user, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Withdraws the announcement: this instance no longer waits for <paramref name="user"/>.</summary>
    /// <param name="user">The user, normalized.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when withdrawn.</returns>
    ValueTask WithdrawAsync(string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Offers a message this instance received to the instance waiting for its sender, if another one announced a wait;
    /// that instance calls <see cref="IWhatsAppConversations.TryDeliver"/> with it.
    /// </summary>
    /// <param name="message">The inbound message.</param>
    /// <param name="body">The verified notification body it came in (valid only during the call).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when a wait elsewhere took it (it is then consumed).</returns>
    ValueTask<bool> TryDeliverAsync(InboundMessage message, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default);
}
