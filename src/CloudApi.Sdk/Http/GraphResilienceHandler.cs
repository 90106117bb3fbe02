using CloudApi.Sdk.Diagnostics;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace CloudApi.Sdk.Http;

/// <summary>
/// The Graph pipeline's retry and timeout, in two lanes:
/// <list type="bullet">
/// <item>Idempotent calls (GET, DELETE, HEAD) run through a Polly pipeline: <see cref="HttpRetryStrategyOptions"/> (transient
/// failures, jittered exponential backoff from 1 s, <c>Retry-After</c> honoured) around a per-attempt timeout.</item>
/// <item>Anything else (message sends above all) takes a lean lane: one attempt under a timeout, repeated only when the
/// connection could not be made, so the request provably never left and a retry cannot duplicate a message.</item>
/// </list>
/// The lean lane exists because the send path is the SDK's hot path: the Polly pipeline costs more than a send's own
/// work (see docs/benchmarks.md), and a send needs none of its strategies. Every wait goes through <see cref="TimeProvider"/>.
/// <para>An attempt's timeout covers the whole attempt, the body of a JSON answer included (it is read into a pooled
/// buffer inside the attempt): a server that sends its headers and stalls the body ends as a timeout, retried for an
/// idempotent call. <see cref="HttpClient.Timeout"/> is not used (it would count the limiter's waits).</para>
/// </summary>
internal sealed class GraphResilienceHandler : DelegatingHandler
{
    /// <summary>
    /// A request's own per-attempt timeout in <see cref="HttpRequestMessage.Options"/>, for calls whose body may take longer
    /// to send than <see cref="WhatsAppOptions.Timeout"/> (a resumable upload's file transfer).
    /// </summary>
    public static readonly HttpRequestOptionsKey<TimeSpan> TimeoutKey = new("CloudApi.Sdk.Timeout");

    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    private readonly Lazy<ResiliencePipeline<HttpResponseMessage>> _idempotent;
    private readonly TimeSpan _timeout;
    private readonly int _maxRetries;
    private readonly TimeProvider _timeProvider;

    public GraphResilienceHandler(WhatsAppOptions options, TimeProvider timeProvider)
    {
        _timeout = options.Timeout;
        _maxRetries = options.MaxRetries;
        _timeProvider = timeProvider;

        // Built on the first idempotent call: a process that only sends never loads Polly's retry machinery, which is
        // a good part of a cold start's time to its first send (see docs/benchmarks.md, cold start).
        _idempotent = new Lazy<ResiliencePipeline<HttpResponseMessage>>(() => BuildIdempotentPipeline(options, timeProvider));
    }

    private static ResiliencePipeline<HttpResponseMessage> BuildIdempotentPipeline(WhatsAppOptions options, TimeProvider timeProvider)
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BaseDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = static args => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                OnRetry = args =>
                {
                    var errorType = args.Outcome.Result is { } response
                        ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : args.Outcome.Exception?.GetType().FullName;
                    WhatsAppTelemetry.Retrying("transient", errorType, args.AttemptNumber + 1, args.RetryDelay, timeProvider);
                    return default;
                },
            });
        }

        return pipeline.AddTimeout(options.Timeout).Build();
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        IsIdempotent(request.Method) ? SendIdempotentAsync(request, cancellationToken) : SendOnceAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendIdempotentAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            var outcome = await _idempotent.Value.ExecuteOutcomeAsync(
                static async (context, state) =>
                {
                    try
                    {
                        return Outcome.FromResult(await state.handler.SendAttemptAsync(state.request, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext));
                    }
                    catch (Exception e)
                    {
                        return Outcome.FromException<HttpResponseMessage>(e);
                    }
                },
                context,
                (handler: this, request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var message = MessageSend.Of(request);
        var timeout = request.Options.TryGetValue(TimeoutKey, out var own) ? own : _timeout;
        for (var attempt = 0; ; attempt++)
        {
            if (message is not null && !message.TryDepart())
            {
                // The bulk send this message belongs to was stopped while it waited: it never left.
                throw new OperationCanceledException("The bulk send was cancelled before this message was sent.", null, cancellationToken);
            }

            using var attemptCancellation = cancellationToken.CanBeCanceled
                ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
                : new CancellationTokenSource();
            using var timer = _timeProvider.CreateTimer(static state => ((CancellationTokenSource)state!).Cancel(), attemptCancellation, timeout, Timeout.InfiniteTimeSpan);
            try
            {
                // The attempt inline (not through SendAttemptAsync): one state machine less on every send.
                var response = await base.SendAsync(request, attemptCancellation.Token).ConfigureAwait(false);
                await BufferedResponseContent.BufferAsync(response, attemptCancellation.Token).ConfigureAwait(false);
                return response;
            }
            catch (HttpRequestException e) when (GraphConnection.NeverSent(e) && attempt < _maxRetries)
            {
                message?.NotSent();
                var delay = Backoff(attempt);
                WhatsAppTelemetry.Retrying("connection", e.HttpRequestError.ToString(), attempt + 1, delay, _timeProvider);
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested && attemptCancellation.IsCancellationRequested)
            {
                throw new TimeoutRejectedException($"The request did not complete within {timeout}.", timeout, e);
            }
        }
    }

    /// <summary>One attempt of an idempotent call (a send inlines the same two steps): the request, then (for a JSON answer) its body, all under <paramref name="cancellationToken"/>.</summary>
    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await BufferedResponseContent.BufferAsync(response, cancellationToken).ConfigureAwait(false);
        return response;
    }

    /// <summary>Exponential backoff from 1 s with full jitter on the upper half, as Polly's jittered backoff spreads retries.</summary>
    private static TimeSpan Backoff(int attempt)
    {
        var ceiling = BaseDelay.TotalMilliseconds * Math.Pow(2, attempt);
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
    }

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Delete || method == HttpMethod.Head;
}
