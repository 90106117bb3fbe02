using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using CloudApi.Sdk.Campaigns.Engine;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Campaigns;

/// <summary>
/// The campaign engine on one client and one store. Registered by <c>AddCampaigns()</c>; without dependency injection,
/// create it on a <see cref="WhatsAppClient"/>: <c>new WhatsAppCampaigns(client, new InMemoryCampaignStore())</c>.
/// </summary>
public sealed class WhatsAppCampaigns : IWhatsAppCampaigns
{
    private readonly Func<IWhatsAppClient> _client;
    private readonly ICampaignStore _store;
    private readonly TimeProvider _time;
    private readonly CampaignEstimator _estimator;

    /// <summary>Creates the engine.</summary>
    /// <param name="client">The client that sends (its rate limiter, retries and telemetry apply to every send).</param>
    /// <param name="store">Where the campaigns live: share it (Redis) between processes that work on the same campaigns.</param>
    /// <param name="options">The clock and the pace the estimate assumes; <see langword="null"/> for defaults.</param>
    public WhatsAppCampaigns(IWhatsAppClient client, ICampaignStore store, WhatsAppCampaignsOptions? options = null)
        : this(Of(client), store, options)
    {
    }

    /// <summary>Creates the engine on a client made for each run (dependency injection: the registration's factory).</summary>
    internal WhatsAppCampaigns(Func<IWhatsAppClient> client, ICampaignStore store, WhatsAppCampaignsOptions? options)
    {
        ArgumentNullException.ThrowIfNull(store);
        _client = client;
        _store = store;
        _time = options?.TimeProvider ?? TimeProvider.System;
        _estimator = new CampaignEstimator(store, options?.RateLimiting ?? new WhatsAppRateLimitOptions(), _time);
    }

    /// <summary>The store the campaigns live in.</summary>
    public ICampaignStore Store => _store;

    /// <inheritdoc />
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the message source only (list or async stream).")]
    public Task<CampaignInfo> CreateAsync(string name, IEnumerable<BulkMessage> messages, CampaignCreateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return CreateCoreAsync(name, ToAsync(messages, cancellationToken), options, cancellationToken);
    }

    /// <inheritdoc />
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the message source only (list or async stream).")]
    public Task<CampaignInfo> CreateAsync(string name, IAsyncEnumerable<BulkMessage> messages, CampaignCreateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return CreateCoreAsync(name, messages, options, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CampaignInfo?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        await _store.GetAsync(name, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public Task StartAsync(string name, CancellationToken cancellationToken = default) =>
        MoveAsync(name, CampaignRunState.Running, static s => s is CampaignRunState.Created or CampaignRunState.Paused or CampaignRunState.Running, "started", cancellationToken);

    /// <inheritdoc />
    public Task PauseAsync(string name, CancellationToken cancellationToken = default) =>
        MoveAsync(name, CampaignRunState.Paused, static s => s is CampaignRunState.Running or CampaignRunState.Paused, "paused", cancellationToken);

    /// <inheritdoc />
    public Task ResumeAsync(string name, CancellationToken cancellationToken = default) =>
        MoveAsync(name, CampaignRunState.Running, static s => s is CampaignRunState.Paused or CampaignRunState.Running, "resumed", cancellationToken);

    /// <inheritdoc />
    public Task CancelAsync(string name, CancellationToken cancellationToken = default) =>
        MoveAsync(name, CampaignRunState.Cancelled, static s => s is not CampaignRunState.Completed, "cancelled", cancellationToken);

    /// <inheritdoc />
    public Task<CampaignProgress> RunAsync(string name, CampaignRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        options ??= new CampaignRunOptions();
        options.Validate();
        return RunWorkerAsync(new CampaignWorker(_store, _client().Messages, _time, _estimator, name, options), cancellationToken);
    }

    private static async Task<CampaignProgress> RunWorkerAsync(CampaignWorker worker, CancellationToken cancellationToken)
    {
        using (worker)
        {
            return await worker.RunAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<CampaignProgress> GetProgressAsync(string name, CancellationToken cancellationToken = default)
    {
        var info = await _store.GetAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"There is no campaign named '{name}'.");
        return await _estimator.SnapshotAsync(info, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<CampaignMessage> ReadResultsAsync(string name, CancellationToken cancellationToken = default) =>
        _store.ReadMessagesAsync(name, 0, cancellationToken);

    /// <inheritdoc />
    public async Task<CampaignMessage?> ApplyStatusAsync(MessageStatusUpdate status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.CampaignMarker is not { } marker || status.MessageId.Length == 0)
        {
            return null;
        }

        var pricing = status.Pricing;
        return await _store.ApplyStatusAsync(marker, status.MessageId, status.Status, status.Timestamp, pricing?.Category, pricing?.PricingModel, pricing?.Billable, cancellationToken).ConfigureAwait(false);
    }

    private static Func<IWhatsAppClient> Of(IWhatsAppClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return () => client;
    }

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > CampaignDefaults.MaxNameLength)
        {
            throw new ArgumentOutOfRangeException(nameof(name), name.Length, $"A campaign name must be at most {CampaignDefaults.MaxNameLength} characters.");
        }
    }

    private static async IAsyncEnumerable<BulkMessage> ToAsync(IEnumerable<BulkMessage> messages, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var message in messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return message;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private async Task<CampaignInfo> CreateCoreAsync(string name, IAsyncEnumerable<BulkMessage> messages, CampaignCreateOptions? options, CancellationToken cancellationToken)
    {
        ValidateName(name);
        options ??= new CampaignCreateOptions();
        options.Validate();
        var info = new CampaignInfo
        {
            Name = name,
            State = CampaignRunState.Created,
            CreatedAt = _time.GetUtcNow(),
            UnknownOutcomeTimeout = options.UnknownOutcomeTimeout,
            UnknownOutcomePolicy = options.UnknownOutcomePolicy,
        };
        if (!await _store.CreateAsync(info, cancellationToken).ConfigureAwait(false)
            && await _store.GetAsync(name, cancellationToken).ConfigureAwait(false) is { Total: not null } existing)
        {
            return existing; // Created and sealed before: creating it again changes nothing.
        }

        var prefix = CampaignMarkers.PrefixOf(name);
        var batch = new List<CampaignMessage>(options.BatchSize);
        long index = 0;
        await foreach (var message in messages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(CampaignRecords.Create(message, index++, prefix));
            if (batch.Count == options.BatchSize)
            {
                await _store.AddMessagesAsync(name, batch, cancellationToken).ConfigureAwait(false);
                batch = new List<CampaignMessage>(options.BatchSize);
            }
        }

        if (batch.Count > 0)
        {
            await _store.AddMessagesAsync(name, batch, cancellationToken).ConfigureAwait(false);
        }

        await _store.SealAsync(name, index, cancellationToken).ConfigureAwait(false);
        return await _store.GetAsync(name, cancellationToken).ConfigureAwait(false) ?? info with { Total = index };
    }

    private async Task MoveAsync(string name, CampaignRunState to, Func<CampaignRunState, bool> allowedFrom, string verb, CancellationToken cancellationToken)
    {
        var info = await _store.GetAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"There is no campaign named '{name}'.");
        if (!allowedFrom(info.State))
        {
            throw new InvalidOperationException($"Campaign '{name}' is {info.State.ToString().ToLowerInvariant()}: it cannot be {verb}.");
        }

        if (info.State != to)
        {
            await _store.SetStateAsync(name, to, cancellationToken).ConfigureAwait(false);
        }
    }
}
