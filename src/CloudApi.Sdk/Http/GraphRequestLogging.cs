using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.Http;

/// <summary>
/// Logs each Graph call (method, URI, status, duration) in place of IHttpClientFactory's default logging, which hands
/// raw header values, the bearer token included, to structured loggers even when it redacts them in the message.
/// </summary>
internal sealed partial class GraphRequestLogging : DelegatingHandler
{
    public const string Category = "CloudApi.Sdk.Http";

    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public GraphRequestLogging(ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        _logger = loggerFactory.CreateLogger(Category);
        _timeProvider = timeProvider;
    }

    // Without Debug enabled the request passes straight through: no async state machine on the send path.
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _logger.IsEnabled(LogLevel.Debug) ? SendLoggedAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendLoggedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                var path = Path(request);
                var elapsed = _timeProvider.GetElapsedTime(started).TotalMilliseconds;
                LogResponse(_logger, request.Method, path, (int)response.StatusCode, elapsed);
            }

            return response;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                var path = Path(request);
                var failure = e.GetType().Name;
                var elapsed = _timeProvider.GetElapsedTime(started).TotalMilliseconds;
                LogFailure(_logger, request.Method, path, failure, elapsed);
            }

            throw;
        }
    }

    // The path identifies the call; the query string is left out (media URLs carry signed parameters).
    private static string Path(HttpRequestMessage request) => request.RequestUri?.GetLeftPart(UriPartial.Path) ?? string.Empty;

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, SkipEnabledCheck = true, Message = "Graph {Method} {Uri} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogResponse(ILogger logger, HttpMethod method, string uri, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, SkipEnabledCheck = true, Message = "Graph {Method} {Uri} failed with {Failure} after {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogFailure(ILogger logger, HttpMethod method, string uri, string failure, double elapsedMilliseconds);
}
