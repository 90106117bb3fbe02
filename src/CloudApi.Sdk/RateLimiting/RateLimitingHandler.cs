using System.Net;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// The limiter in the registration's HTTP pipeline, outside the retry/timeout handler so that it sees each send once and
/// its waits do not count against the per-attempt timeout. Message sends (a request carrying a <see cref="MessageSend"/>)
/// wait for their pair and throughput slots; read receipts (another POST to <c>/{id}/messages</c>) wait for a
/// throughput slot only; other calls pass through. A send Meta refused for throttling is re-sent, with the same content,
/// after the 4^X-second backoff: Meta did not accept it, so the retry cannot duplicate a message.
/// </summary>
internal sealed class RateLimitingHandler : DelegatingHandler
{
    private readonly WhatsAppRateLimiter _limiter;

    public RateLimitingHandler(WhatsAppRateLimiter limiter)
    {
        _limiter = limiter;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string phoneNumberId;
        long recipientKey;
        string recipient;
        var send = MessageSend.Of(request);
        if (send is { } message)
        {
            phoneNumberId = message.PhoneNumberId;
            recipientKey = message.RecipientKey;
            recipient = message.Recipient;
        }
        else if (MessagesEndpointNumber(request) is { } number)
        {
            phoneNumberId = number;
            recipientKey = 0;
            recipient = string.Empty;
        }
        else
        {
            return base.SendAsync(request, cancellationToken);
        }

        var pairMode = _limiter.Options.PairPolicy == PairLimitPolicy.FailFast ? PairAcquireMode.FailFast : PairAcquireMode.Reserve;
        var acquired = _limiter.AcquireAsync(phoneNumberId, recipientKey, recipient, pairMode, send, cancellationToken);
        if (!acquired.IsCompletedSuccessfully)
        {
            return SendAfterAcquireAsync(request, send, phoneNumberId, recipientKey, recipient, acquired, cancellationToken);
        }

        // A slot free now and an answer that is no refusal (an in-process transport) cost no state machine and no task of
        // their own: the inner handler's task is the answer.
        var sent = base.SendAsync(request, cancellationToken);
        if (sent.IsCompletedSuccessfully && !MayBeThrottling(sent.Result))
        {
            _limiter.Metrics.Sent(phoneNumberId);
            return sent;
        }

        return CompleteAsync(request, send, phoneNumberId, recipientKey, recipient, sent, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAfterAcquireAsync(
        HttpRequestMessage request, MessageSend? send, string phoneNumberId, long recipientKey, string recipient, ValueTask acquired, CancellationToken cancellationToken)
    {
        await acquired.ConfigureAwait(false);
        return await CompleteAsync(request, send, phoneNumberId, recipientKey, recipient, base.SendAsync(request, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Awaits the first attempt (<paramref name="sent"/>) and re-sends what Meta refused for throttling, after its backoff.</summary>
    private async Task<HttpResponseMessage> CompleteAsync(
        HttpRequestMessage request, MessageSend? send, string phoneNumberId, long recipientKey, string recipient, Task<HttpResponseMessage> sent, CancellationToken cancellationToken)
    {
        var options = _limiter.Options;
        for (var attempt = 0; ; attempt++)
        {
            var response = await sent.ConfigureAwait(false);
            var code = await ThrottlingCodeAsync(response, cancellationToken).ConfigureAwait(false);
            if (code is not { } throttled)
            {
                _limiter.Metrics.Sent(phoneNumberId);
                return response;
            }

            if (attempt >= options.MaxThrottlingRetries)
            {
                if (options.MaxThrottlingRetries > 0)
                {
                    RateLimitLog.RetriesExhausted(_limiter.Logger, phoneNumberId, throttled, options.MaxThrottlingRetries);
                }

                return response;
            }

            var retryAfter = response.Headers.RetryAfter?.Delta;
            response.Dispose();

            // Meta did not take the message: a cancellation from here on leaves it not sent.
            send?.NotSent();
            var retryMode = await _limiter.OnThrottledAsync(phoneNumberId, recipientKey, throttled, attempt, retryAfter, cancellationToken).ConfigureAwait(false);
            await _limiter.AcquireAsync(phoneNumberId, recipientKey, recipient, retryMode, send, cancellationToken).ConfigureAwait(false);
            sent = base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Whether <paramref name="response"/> could be a throttling refusal (a 4xx whose body has to be read to tell).</summary>
    private static bool MayBeThrottling(HttpResponseMessage response) => (int)response.StatusCode is >= 400 and < 500;

    /// <summary>The Graph error code of a throttling answer; <see langword="null"/> for anything else (the body stays readable).</summary>
    private static async ValueTask<int?> ThrottlingCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!MayBeThrottling(response) || response.Content.Headers.ContentLength > 64 * 1024)
        {
            return null;
        }

        if (response.Content is BufferedResponseContent buffered)
        {
            return Classify(response.StatusCode, GraphErrorReader.TryParse(buffered.Span));
        }

        // Buffered, so the caller can still read the body after we looked.
#if NET9_0_OR_GREATER
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
        await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
#endif
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return Classify(response.StatusCode, GraphErrorReader.TryParse(body));
    }

    private static int? Classify(HttpStatusCode status, GraphError? error)
    {
        if (error is { } e && ThrottlingBackoff.IsThrottling(e.Code))
        {
            return e.Code;
        }

        return status == HttpStatusCode.TooManyRequests && error is null ? WhatsAppErrorCodes.ThroughputLimit : null;
    }

    /// <summary>The phone-number id of a POST to <c>.../{phone-number-id}/messages</c>, else <see langword="null"/>.</summary>
    internal static string? MessagesEndpointNumber(HttpRequestMessage request)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri is not { } uri)
        {
            return null;
        }

        var path = uri.AbsolutePath.AsSpan().TrimEnd('/');
        if (!path.EndsWith("/messages", StringComparison.Ordinal))
        {
            return null;
        }

        path = path[..^"/messages".Length];
        var slash = path.LastIndexOf('/');
        var id = path[(slash + 1)..];
        return GraphIds.IsValid(id.ToString()) ? id.ToString() : null;
    }
}
