namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// Where the limiter keeps its state: one GCRA timestamp per business number (throughput) and one per
/// (number, recipient) pair. <see cref="InMemoryRateLimitStore"/> serves one process; the CloudApi.Sdk.Redis package
/// shares the state between app instances sending from the same numbers. Implementations must make each call atomic.
/// </summary>
/// <remarks>
/// An acquire checks the number's queue, then the pair, then reserves the number's next throughput slot, all in one
/// atomic step (one round trip for a remote store). Slots are reservations: the caller waits for
/// <see cref="RateLimitDecision.Delay"/> and then sends, so sends are spaced evenly and a pair's burst is paid back slot by slot.
/// </remarks>
public interface IWhatsAppRateLimitStore
{
    /// <summary>Acquires (reserves) the slots a send needs.</summary>
    /// <param name="request">The send and the limits.</param>
    /// <param name="cancellationToken">Cancels a remote call.</param>
    /// <returns>The outcome and the wait that goes with it.</returns>
    /// <exception cref="RateLimitStoreUnavailableException">A remote store cannot be reached.</exception>
    ValueTask<RateLimitDecision> AcquireAsync(RateLimitAcquireRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a limit forward after Meta refused a send for throttling, so that every sender waits: with a
    /// <paramref name="recipientKey"/>, the pair's burst counts as used and its slot at <paramref name="delay"/> from now
    /// is reserved for the retry of the refused send (other sends get the slots after it); with 0, the number's next
    /// throughput slot is at least <paramref name="delay"/> away.
    /// </summary>
    /// <param name="phoneNumberId">The business phone-number id.</param>
    /// <param name="recipientKey">The recipient's pair key (<see cref="WhatsAppSendKey.RecipientKey"/>), or 0 for the whole number.</param>
    /// <param name="delay">How long to hold back.</param>
    /// <param name="rules">The limits in force.</param>
    /// <param name="cancellationToken">Cancels a remote call.</param>
    /// <returns>A task that completes when the state moved.</returns>
    /// <exception cref="RateLimitStoreUnavailableException">A remote store cannot be reached.</exception>
    ValueTask PushForwardAsync(string phoneNumberId, long recipientKey, TimeSpan delay, RateLimitRules rules, CancellationToken cancellationToken = default);
}
