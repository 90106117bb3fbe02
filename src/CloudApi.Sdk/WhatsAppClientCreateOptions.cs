using System.Diagnostics.Metrics;
using CloudApi.Sdk.RateLimiting;
using CloudApi.Sdk.Templates;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk;

/// <summary>
/// What <see cref="WhatsAppClient.Create"/> takes besides the <see cref="WhatsAppOptions"/>: the parts a DI registration gets
/// from its container. Every property is optional; the defaults are those of <c>AddWhatsAppCloudApi</c>.
/// </summary>
public sealed class WhatsAppClientCreateOptions
{
    /// <summary>
    /// <value>The rate limiter's settings (a snapshot is taken). Default: Meta's limits (80 messages/s per number, one message
    /// per 6 s per recipient with bursts of 45), as <see cref="WhatsAppRateLimitOptions"/>' defaults.</value>
    /// </summary>
    public WhatsAppRateLimitOptions? RateLimiting { get; init; }

    /// <summary>
    /// <value>Where the limiter keeps its state, e.g. a Redis store shared by several processes. Default: an in-memory store of
    /// this client's own. The client does not dispose a store given here.</value>
    /// </summary>
    public IWhatsAppRateLimitStore? RateLimitStore { get; init; }

    /// <summary><value>Receives the request and rate-limit logs (never a token). Default: no logging.</value></summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary><value>Creates the <c>CloudApi.Sdk</c> meter of the limiter's metrics. Default: a meter of the client's own.</value></summary>
    public IMeterFactory? MeterFactory { get; init; }

    /// <summary><value>The clock of timeouts, retries and the limiter. Default <see cref="System.TimeProvider.System"/>; tests pass a fake one.</value></summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>
    /// <value>The handler at the bottom of the pipeline, which does the HTTP: a proxy's, or a test double. Default: a
    /// <see cref="SocketsHttpHandler"/> of the client's own whose pooled connections are renewed every 2 minutes (so DNS
    /// changes are seen, as IHttpClientFactory's handler rotation does). The client does not dispose a handler given here.</value>
    /// </summary>
    public HttpMessageHandler? PrimaryHandler { get; init; }

    /// <summary>
    /// <value>When set, every template message is checked against its approved definition (fetched once and cached with
    /// these settings) before it is sent, as <c>CheckTemplatesBeforeSending()</c> does for a DI registration. Default
    /// <see langword="null"/>: no check.</value>
    /// </summary>
    public TemplateDefinitionCacheOptions? TemplateCheck { get; init; }
}
