using System.Net;
using System.Text.Json;

namespace QuickStart;

/// <summary>
/// Counts the throttling answers the server gave (130429 throughput, 131056 pair limit), including those the SDK's
/// rate limiter then retried: the honest measure of whether the sender stayed inside Meta's limits.
/// </summary>
internal sealed class ThrottlingAnswerCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>A new handler per pipeline build (IHttpClientFactory rebuilds handler chains), all counting here.</summary>
    public DelegatingHandler CreateHandler() => new CountingHandler(this);

    private static bool IsThrottling(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error)
                && error.TryGetProperty("code", out var code)
                && code.TryGetInt32(out var value)
                && value is 130429 or 131056;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private sealed class CountingHandler(ThrottlingAnswerCounter counter) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                if (IsThrottling(await response.Content.ReadAsByteArrayAsync(cancellationToken)))
                {
                    Interlocked.Increment(ref counter._count);
                }
            }

            return response;
        }
    }
}
