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

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
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
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var options = _limiter.Options;
        var pairMode = options.PairPolicy == PairLimitPolicy.FailFast ? PairAcquireMode.FailFast : PairAcquireMode.Reserve;
        await _limiter.AcquireAsync(phoneNumberId, recipientKey, recipient, pairMode, send, cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
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
        }
    }

    /// <summary>The Graph error code of a throttling answer; <see langword="null"/> for anything else (the body stays readable).</summary>
    private static async ValueTask<int?> ThrottlingCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is < 400 or >= 500 || response.Content.Headers.ContentLength > 64 * 1024)
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
