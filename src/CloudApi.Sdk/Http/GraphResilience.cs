using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CloudApi.Sdk.Http;

/// <summary>
/// The retry policy of the Graph pipeline. Idempotent calls (GET, DELETE) retry transient failures with jittered
/// exponential backoff and honour <c>Retry-After</c>. Anything else, message sends above all, retries only when the
/// request provably never reached the server (the connection could not be made): a retry can never duplicate a message.
/// Throttling answers (130429, 131056, ...) are the rate limiter's to retry, not this policy's.
/// </summary>
internal static class GraphResilience
{
    public const string PipelineName = "cloudapi-sdk-graph";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, WhatsAppOptions options)
    {
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context.GetRequestMessage(), args.Outcome)),
            });
        }

        pipeline.AddTimeout(options.Timeout);
    }

    internal static bool ShouldRetry(HttpRequestMessage? request, Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is HttpRequestException connectFailure && GraphConnection.NeverSent(connectFailure))
        {
            return true;
        }

        return IsIdempotent(request?.Method) && HttpClientResiliencePredicates.IsTransient(outcome);
    }

    private static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Delete || method == HttpMethod.Head;
}
