using CloudApi.Sdk.Http;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.DependencyInjection;

/// <summary>
/// The handlers of a client's <see cref="HttpClient"/>, outermost first: one definition for the DI registration
/// (<c>AddWhatsAppCloudApi</c>) and <see cref="WhatsAppClient.Create"/>, so both send through the same pipeline.
/// </summary>
internal static class GraphPipeline
{
    /// <summary>The logger category of the rate limiter.</summary>
    public const string RateLimitingCategory = "CloudApi.Sdk.RateLimiting";

    /// <summary>
    /// Adds, in order: the request log (IHttpClientFactory's own loggers would see the bearer token), the rate limiter (before
    /// the retry/timeout handler: it sees each send once, and its waits are outside the attempt timeout; left out when
    /// disabled), then the retry/timeout handler.
    /// </summary>
    public static void AddHandlers(
        ICollection<DelegatingHandler> handlers, WhatsAppOptions options, WhatsAppRateLimiter limiter, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        handlers.Add(new GraphRequestLogging(loggerFactory, timeProvider));
        if (limiter.Options.Enabled)
        {
            handlers.Add(new RateLimitingHandler(limiter));
        }

        handlers.Add(new GraphResilienceHandler(options, timeProvider));
    }

    /// <summary>A limiter with a snapshot of <paramref name="options"/>.</summary>
    public static WhatsAppRateLimiter CreateLimiter(
        WhatsAppRateLimitOptions options, IWhatsAppRateLimitStore store, TimeProvider timeProvider, RateLimitMetrics metrics, ILoggerFactory? loggerFactory) =>
        new(options.Clone(), store, timeProvider, metrics, loggerFactory?.CreateLogger(RateLimitingCategory) ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
}
