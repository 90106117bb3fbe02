using CloudApi.Sdk.BlockedUsers;
using CloudApi.Sdk.Calling;
using CloudApi.Sdk.Business;
using CloudApi.Sdk.ConversationalAutomation;
using CloudApi.Sdk.DependencyInjection;
using CloudApi.Sdk.Diagnostics;
using CloudApi.Sdk.Flows;
using CloudApi.Sdk.Groups;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.MarketingMessages;
using CloudApi.Sdk.Media;
using CloudApi.Sdk.MessageHistory;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Partners;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.QrCodes;
using CloudApi.Sdk.RateLimiting;
using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Uploads;
using Microsoft.Extensions.Logging.Abstractions;

namespace CloudApi.Sdk;

/// <summary>
/// A client made without dependency injection (<see cref="Create"/>): a console app, a serverless function, a script. It
/// sends through the same pipeline as a client of <c>services.AddWhatsAppCloudApi(...)</c> (request log, rate limiter,
/// retry and timeout, the optional template check) and owns it: dispose the client when done with it. Create one per
/// tenant and keep it for the process's life, as an <see cref="HttpClient"/>; it is safe for concurrent use.
/// </summary>
/// <example>
/// <code>
/// await using var whatsApp = WhatsAppClient.Create(new WhatsAppOptions { AccessToken = token, PhoneNumberId = "106540352242922" });
/// await whatsApp.Messages.SendTextAsync("+16505551234", "Your order has shipped");
/// </code>
/// </example>
public sealed class WhatsAppClient : IWhatsAppClient, IDisposable, IAsyncDisposable
{
    private static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(2);

    private readonly TenantClient _client;
    private readonly HttpClient _http;
    private readonly RateLimitMetrics _metrics;
    private readonly WhatsAppClientMetrics _clientMetrics;
    private readonly WhatsAppOptions _options;
    private readonly TimeProvider _timeProvider;
    private int _disposed;

    private WhatsAppClient(TenantClient client, HttpClient http, RateLimitMetrics metrics, WhatsAppClientMetrics clientMetrics, WhatsAppOptions options, TimeProvider timeProvider)
    {
        _client = client;
        _http = http;
        _metrics = metrics;
        _clientMetrics = clientMetrics;
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Creates a client with its own pipeline. Cheap: no container, no hosted service, no reflection; nothing is sent until
    /// the first call.
    /// </summary>
    /// <param name="options">The tenant's settings (a snapshot is taken), checked as <c>AddWhatsAppCloudApi</c> checks them.</param>
    /// <param name="createOptions">Rate limits, store, logging, metrics, clock, primary handler and template check;
    /// <see langword="null"/> for the defaults.</param>
    /// <returns>A client that owns its pipeline; dispose it.</returns>
    /// <exception cref="WhatsAppValidationException">A setting of <paramref name="options"/> or of the rate limits is wrong; the
    /// exception names the first one and describes all.</exception>
    public static WhatsAppClient Create(WhatsAppOptions options, WhatsAppClientCreateOptions? createOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var snapshot = options.Clone();
        WhatsAppOptionsValidator.ThrowIfInvalid(snapshot);
        var rateLimits = createOptions?.RateLimiting ?? new WhatsAppRateLimitOptions();
        WhatsAppRateLimitOptionsValidator.ThrowIfInvalid(rateLimits);

        var timeProvider = createOptions?.TimeProvider ?? TimeProvider.System;
        var loggerFactory = createOptions?.LoggerFactory ?? NullLoggerFactory.Instance;
        var metrics = new RateLimitMetrics(createOptions?.MeterFactory);
        var clientMetrics = new WhatsAppClientMetrics(createOptions?.MeterFactory);
        var store = createOptions?.RateLimitStore ?? new InMemoryRateLimitStore(timeProvider);
        var limiter = GraphPipeline.CreateLimiter(rateLimits, store, timeProvider, metrics, loggerFactory);

        var handlers = new List<DelegatingHandler>(3);
        GraphPipeline.AddHandlers(handlers, snapshot, limiter, loggerFactory, timeProvider);
        HttpMessageHandler pipeline = createOptions?.PrimaryHandler is { } primary
            ? new NotDisposingHandler(primary)
            : new SocketsHttpHandler { PooledConnectionLifetime = ConnectionLifetime };
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = pipeline;
            pipeline = handlers[i];
        }

        var http = new HttpClient(pipeline, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        var templateCheck = createOptions?.TemplateCheck;
        var client = new TenantClient(string.Empty, new GraphConnection(http, snapshot, timeProvider, clientMetrics),
            templateCheck is null ? null : templates => new TemplateDefinitionCache(templates, templateCheck, timeProvider));
        return new WhatsAppClient(client, http, metrics, clientMetrics, snapshot, timeProvider);
    }

    /// <summary>The registration name: <see cref="string.Empty"/>, as a created client belongs to no registration.</summary>
    public string Name => _client.Name;

    /// <inheritdoc />
    public IMessagesClient Messages => _client.Messages;

    /// <inheritdoc />
    public IMarketingMessagesClient MarketingMessages => _client.MarketingMessages;

    /// <inheritdoc />
    public ITemplatesClient Templates => _client.Templates;

    /// <inheritdoc />
    public IMediaClient Media => _client.Media;

    /// <inheritdoc />
    public IUploadsClient Uploads => _client.Uploads;

    /// <inheritdoc />
    public IPhoneNumbersClient PhoneNumbers => _client.PhoneNumbers;

    /// <inheritdoc />
    public IBusinessAccountsClient BusinessAccounts => _client.BusinessAccounts;

    /// <inheritdoc />
    public IFlowsClient Flows => _client.Flows;

    /// <inheritdoc />
    public IBlockedUsersClient BlockedUsers => _client.BlockedUsers;

    /// <inheritdoc />
    public IQrCodesClient QrCodes => _client.QrCodes;

    /// <inheritdoc />
    public IGroupsClient Groups => _client.Groups;

    /// <inheritdoc />
    public ICallsClient Calls => _client.Calls;

    /// <inheritdoc />
    public IConversationalAutomationClient ConversationalAutomation => _client.ConversationalAutomation;

    /// <inheritdoc />
    public IMessageHistoryClient MessageHistory => _client.MessageHistory;

    /// <inheritdoc />
    public IPartnersClient Partners => _client.Partners;

    /// <inheritdoc />
    public IGraphRequests Graph => _client.Graph;

    /// <summary>
    /// A client for one onboarded business that sends through this client's pipeline (connections, rate limiter and its
    /// store, retry, request log) with the tenant's token on each request and its ids as defaults; this client's other
    /// settings (version, host, timeouts, app id and secret) apply. Cheap: nothing to dispose, it lives as long as this
    /// client. The template check of <see cref="WhatsAppClientCreateOptions"/> does not apply to it.
    /// </summary>
    /// <param name="tenant">The business's token and ids.</param>
    /// <returns>A client that sends with <paramref name="tenant"/>'s token only.</returns>
    /// <exception cref="ObjectDisposedException">This client was disposed.</exception>
    public IWhatsAppClient ForTenant(WhatsAppTenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return new TenantClient(tenant.Name ?? Name, new GraphConnection(_http, tenant.Apply(_options), _timeProvider, _clientMetrics));
    }

    /// <summary>Disposes the pipeline the client created (its handlers and connections, its meter); a primary handler or a
    /// store given in <see cref="WhatsAppClientCreateOptions"/> is left alone. Calls made afterwards throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _http.Dispose();
            _metrics.Dispose();
            _clientMetrics.Dispose();
        }
    }

    /// <summary>Disposes the client as <see cref="Dispose"/> does (nothing it owns needs an asynchronous disposal).</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Describes the client without its token.</summary>
    /// <returns>The client's kind and name.</returns>
    public override string ToString() => $"WhatsAppClient (created) '{Name}'";

    /// <summary>Passes requests to a handler the client does not own, and leaves it undisposed.</summary>
    private sealed class NotDisposingHandler(HttpMessageHandler inner) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _inner = new(inner, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _inner.SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
