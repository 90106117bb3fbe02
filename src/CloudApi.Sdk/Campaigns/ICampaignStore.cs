using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Campaigns;

/// <summary>
/// Where campaigns and their message records live: in memory (<see cref="InMemoryCampaignStore"/>) for one process, or a
/// shared store (Redis) for any number of worker processes. Every call is atomic and safe from any number of threads (and,
/// for a shared store, processes). A store reads time from the <see cref="TimeProvider"/> it was created with.
/// </summary>
/// <remarks>
/// A worker holds the messages it claimed until it completes them. It proves it is alive with
/// <see cref="HeartbeatAsync"/> (a claim counts as one); messages held by a worker whose last heartbeat is older than a
/// claim's <c>abandonedAfter</c> are handed to the next claimer as stored, so a message the dead worker had marked
/// <see cref="CampaignMessageState.InFlight"/> is seen as such and never sent again by the crash alone.
/// </remarks>
public interface ICampaignStore
{
    /// <summary>Creates a campaign.</summary>
    /// <param name="campaign">The campaign (its <see cref="CampaignInfo.Name"/> is its key).</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns><see langword="false"/> if a campaign of that name exists (nothing changed).</returns>
    ValueTask<bool> CreateAsync(CampaignInfo campaign, CancellationToken cancellationToken = default);

    /// <summary>Reads a campaign.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The campaign, or <see langword="null"/> if there is none of that name.</returns>
    ValueTask<CampaignInfo?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds messages as <see cref="CampaignMessageState.Pending"/> and makes them claimable. Idempotent by
    /// <see cref="CampaignMessage.Index"/>: a message whose index exists is left as it is.
    /// </summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="messages">The messages.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>A task that completes when the messages are stored.</returns>
    /// <exception cref="InvalidOperationException">There is no campaign of that name.</exception>
    ValueTask AddMessagesAsync(string name, IReadOnlyList<CampaignMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Records that every message was added: sets <see cref="CampaignInfo.Total"/>.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="total">How many messages it has.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>A task that completes when the campaign is sealed.</returns>
    /// <exception cref="InvalidOperationException">There is no campaign of that name.</exception>
    ValueTask SealAsync(string name, long total, CancellationToken cancellationToken = default);

    /// <summary>Sets the campaign's state.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="state">The new state.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>A task that completes when the state is stored.</returns>
    /// <exception cref="InvalidOperationException">There is no campaign of that name.</exception>
    ValueTask SetStateAsync(string name, CampaignRunState state, CancellationToken cancellationToken = default);

    /// <summary>Records that a worker is alive (a worker calls it at least every third of its claims' <c>abandonedAfter</c>).</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="workerId">The worker's id, unique among the campaign's workers.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>A task that completes when the heartbeat is stored.</returns>
    ValueTask HeartbeatAsync(string name, string workerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands up to <paramref name="max"/> messages to a worker (and records a heartbeat for it): first those held by a
    /// worker whose last heartbeat is older than <paramref name="abandonedAfter"/>, as stored
    /// (<see cref="CampaignMessageState.InFlight"/> ones may have been sent), then claimable ones
    /// (<see cref="CampaignMessageState.Pending"/>, or <see cref="CampaignMessageState.NotSent"/> released ones) in index
    /// order. A message is held by at most one live worker.
    /// </summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="workerId">The claiming worker's id.</param>
    /// <param name="max">The most messages to hand out (at least 1).</param>
    /// <param name="abandonedAfter">How long without a heartbeat makes a worker dead.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The messages now held by the worker; empty when there is nothing to claim.</returns>
    ValueTask<IReadOnlyList<CampaignMessage>> ClaimAsync(string name, string workerId, int max, TimeSpan abandonedAfter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the worker is about to write the message's request: a <see cref="CampaignMessageState.Pending"/> (or
    /// <see cref="CampaignMessageState.NotSent"/>) message held by this worker becomes <see cref="CampaignMessageState.InFlight"/>
    /// and its <see cref="CampaignMessage.Attempts"/> grows by one.
    /// </summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="index">The message's index.</param>
    /// <param name="workerId">The worker's id.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns><see langword="false"/> if the worker does not hold the message any more or it is not sendable: do not send it.</returns>
    ValueTask<bool> MarkInFlightAsync(string name, long index, string workerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends the worker's hold on a message with its outcome: <see cref="CampaignMessageState.Accepted"/>,
    /// <see cref="CampaignMessageState.Failed"/> and <see cref="CampaignMessageState.OutcomeUnknown"/> are final for the
    /// claim; <see cref="CampaignMessageState.NotSent"/> makes the message claimable again. A message a status already
    /// resolved (<see cref="CampaignMessageState.Accepted"/>) is never downgraded. A definite answer
    /// (<see cref="CampaignMessageState.Accepted"/> or <see cref="CampaignMessageState.Failed"/>) from a worker whose hold
    /// was taken over still replaces <see cref="CampaignMessageState.InFlight"/> or
    /// <see cref="CampaignMessageState.OutcomeUnknown"/>; anything else from such a worker is ignored.
    /// </summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="index">The message's index.</param>
    /// <param name="workerId">The worker's id.</param>
    /// <param name="state">The outcome.</param>
    /// <param name="messageId">The wamid, for <see cref="CampaignMessageState.Accepted"/>.</param>
    /// <param name="failure">The error, for <see cref="CampaignMessageState.Failed"/> and <see cref="CampaignMessageState.OutcomeUnknown"/>.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>A task that completes when the outcome is stored.</returns>
    ValueTask CompleteAsync(string name, long index, string workerId, CampaignMessageState state, string? messageId, CampaignMessageError? failure, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a status webhook to the message carrying <paramref name="marker"/>, in whichever campaign. Any status proves
    /// acceptance: a message not yet <see cref="CampaignMessageState.Accepted"/> becomes so with <paramref name="messageId"/>
    /// (and is no longer claimable). <see cref="CampaignMessage.Delivery"/> only moves forward (sent, delivered, read;
    /// failed is final); pricing is kept when given. Idempotent: webhooks arrive at least once.
    /// </summary>
    /// <param name="marker">The marker found in the status's <c>biz_opaque_callback_data</c>.</param>
    /// <param name="messageId">The status's wamid.</param>
    /// <param name="status">The status.</param>
    /// <param name="timestamp">When the status happened.</param>
    /// <param name="pricingCategory">The status's <c>pricing.category</c>, if any.</param>
    /// <param name="pricingModel">The status's <c>pricing.pricing_model</c>, if any.</param>
    /// <param name="billable">The status's <c>pricing.billable</c>, if any.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The record after the status, or <see langword="null"/> if no campaign message has this marker.</returns>
    ValueTask<CampaignMessage?> ApplyStatusAsync(string marker, string messageId, DeliveryStatus status, DateTimeOffset timestamp, string? pricingCategory, string? pricingModel, bool? billable, CancellationToken cancellationToken = default);

    /// <summary>Lists the <see cref="CampaignMessageState.OutcomeUnknown"/> messages last updated before <paramref name="olderThan"/>.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="olderThan">The cut-off.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The messages, in index order.</returns>
    ValueTask<IReadOnlyList<CampaignMessage>> ListUnresolvedAsync(string name, DateTimeOffset olderThan, CancellationToken cancellationToken = default);

    /// <summary>Makes an <see cref="CampaignMessageState.OutcomeUnknown"/> message <see cref="CampaignMessageState.Pending"/> (claimable) again, for <see cref="UnknownOutcomePolicy.Resend"/>.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="index">The message's index.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns><see langword="false"/> if the message is not <see cref="CampaignMessageState.OutcomeUnknown"/> (e.g. a status resolved it meanwhile).</returns>
    ValueTask<bool> ResetForResendAsync(string name, long index, CancellationToken cancellationToken = default);

    /// <summary>Counts the campaign's messages by state, and its reach.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The counts (all zero for a campaign that does not exist).</returns>
    ValueTask<CampaignCounts> GetCountsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Reads the campaign's message records in index order.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="fromIndex">The first index to read.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The records from <paramref name="fromIndex"/> on.</returns>
    IAsyncEnumerable<CampaignMessage> ReadMessagesAsync(string name, long fromIndex = 0, CancellationToken cancellationToken = default);
}
