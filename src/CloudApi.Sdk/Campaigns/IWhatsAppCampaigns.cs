using System.Diagnostics.CodeAnalysis;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Campaigns;

/// <summary>
/// Durable, resumable campaigns: a named set of messages with one record per message in an <see cref="ICampaignStore"/>,
/// sent by any number of workers (<see cref="RunAsync"/>) in any number of processes through the client's rate limiter,
/// retries and telemetry. Every send carries a marker in <c>biz_opaque_callback_data</c>, so a status webhook fed to
/// <see cref="ApplyStatusAsync"/> resolves a message whose send ended with an unknown outcome, and follows each message
/// to delivered, read or failed.
/// </summary>
public interface IWhatsAppCampaigns
{
    /// <summary>Creates a campaign from a list of messages; see <see cref="CreateAsync(string, IAsyncEnumerable{BulkMessage}, CampaignCreateOptions?, CancellationToken)"/>.</summary>
    /// <param name="name">The campaign's name, unique in the store (1 to 200 characters).</param>
    /// <param name="messages">The messages, in order: the first has index 0.</param>
    /// <param name="options">The campaign's settings; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Stops adding messages (the campaign stays unsealed: create it again to go on).</param>
    /// <returns>The campaign, in <see cref="CampaignRunState.Created"/> until it is started.</returns>
    /// <exception cref="WhatsAppValidationException">A message cannot be sent as given (e.g. its callback data leaves no room for the marker); nothing was sent.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the message source only (list or async stream).")]
    Task<CampaignInfo> CreateAsync(string name, IEnumerable<BulkMessage> messages, CampaignCreateOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a campaign: reads the messages and adds them to the store in batches (each as the JSON of its content, a
    /// marker and its options), then seals it with its total. Nothing is sent until it is started
    /// (<see cref="StartAsync"/>) and a worker runs (<see cref="RunAsync"/>). Creating a campaign that exists with the
    /// same messages is safe: the ones already stored are left as they are, so a creator that stopped mid-way goes on.
    /// </summary>
    /// <param name="name">The campaign's name, unique in the store (1 to 200 characters).</param>
    /// <param name="messages">The messages, read as they are needed: the first has index 0.</param>
    /// <param name="options">The campaign's settings (used when it is new); <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Stops adding messages (the campaign stays unsealed: create it again to go on).</param>
    /// <returns>The campaign, in <see cref="CampaignRunState.Created"/> until it is started.</returns>
    /// <exception cref="WhatsAppValidationException">A message cannot be sent as given (e.g. its callback data leaves no room for the marker); nothing was sent.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the message source only (list or async stream).")]
    Task<CampaignInfo> CreateAsync(string name, IAsyncEnumerable<BulkMessage> messages, CampaignCreateOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a campaign.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The campaign, or <see langword="null"/> if there is none of that name.</returns>
    Task<CampaignInfo?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Starts a created campaign: its workers begin to send.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>A task that completes when the campaign is running.</returns>
    /// <exception cref="InvalidOperationException">There is no such campaign, or it is cancelled or completed.</exception>
    Task StartAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Pauses a running campaign: workers stop claiming, messages they hold that are still waiting for their rate-limit
    /// slot are released unsent (<see cref="CampaignMessageState.NotSent"/>), and requests already written finish.
    /// </summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>A task that completes when the campaign is paused.</returns>
    /// <exception cref="InvalidOperationException">There is no such campaign, or it is not running.</exception>
    Task PauseAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Resumes a paused campaign.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>A task that completes when the campaign is running again.</returns>
    /// <exception cref="InvalidOperationException">There is no such campaign, or it is not paused.</exception>
    Task ResumeAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels a campaign for good: nothing more is sent; messages never sent stay <see cref="CampaignMessageState.Pending"/>
    /// or <see cref="CampaignMessageState.NotSent"/>. Status webhooks still apply to the ones sent.
    /// </summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>A task that completes when the campaign is cancelled.</returns>
    /// <exception cref="InvalidOperationException">There is no such campaign, or it is completed.</exception>
    Task CancelAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Works on a campaign until it is completed or cancelled: claims messages, sends each through the client
    /// (<c>Accepted</c> with its wamid, <c>Failed</c> with a typed error, <c>OutcomeUnknown</c> when Meta may have accepted
    /// it), heartbeats so that no other worker takes its messages, and takes over the messages of a worker that stopped
    /// heartbeating (one it had marked in flight becomes <c>OutcomeUnknown</c>, never sent again). It waits while the
    /// campaign is created or paused. When nothing is left to send it waits for status webhooks to resolve the unknown
    /// outcomes, up to the campaign's <see cref="CampaignInfo.UnknownOutcomeTimeout"/>, then applies its
    /// <see cref="UnknownOutcomePolicy"/> and marks the campaign completed. Run it in as many workers and processes as
    /// wanted, on a shared store.
    /// </summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="options">The worker's settings; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">
    /// Stops this worker: messages it holds that have not left are released (claimable by others), requests already
    /// written finish, then <see cref="OperationCanceledException"/> is thrown.
    /// </param>
    /// <returns>The campaign's progress at the end.</returns>
    /// <exception cref="InvalidOperationException">There is no such campaign.</exception>
    Task<CampaignProgress> RunAsync(string name, CampaignRunOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Takes a snapshot of a campaign's progress, with an estimate of the time left that knows the rate limiter's pace.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidOperationException">There is no such campaign.</exception>
    Task<CampaignProgress> GetProgressAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Reads every message record of a campaign, in index order: what became of each message.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The records.</returns>
    IAsyncEnumerable<CampaignMessage> ReadResultsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a status webhook to the campaign message it is about, found by the marker the webhook parser took off its
    /// <c>biz_opaque_callback_data</c>: an unknown outcome becomes accepted with the wamid, and the delivery moves on
    /// (sent, delivered, read, failed), with the pricing Meta sent. Statuses without a marker are ignored.
    /// </summary>
    /// <param name="status">The status, as parsed by <see cref="WhatsAppWebhookParser"/>.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The updated record, or <see langword="null"/> if the status is not about a campaign message of this store.</returns>
    Task<CampaignMessage?> ApplyStatusAsync(MessageStatusUpdate status, CancellationToken cancellationToken = default);
}
