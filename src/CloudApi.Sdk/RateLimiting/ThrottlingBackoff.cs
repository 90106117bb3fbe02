namespace CloudApi.Sdk.RateLimiting;

/// <summary>Meta's backoff for throttling errors: 4^X seconds for the X-th retry (1, 4, 16, 64 s, ...), capped.</summary>
internal static class ThrottlingBackoff
{
    /// <summary>The wait before retry number <paramref name="attempt"/> (0-based), at least what <c>Retry-After</c> asked for.</summary>
    public static TimeSpan Delay(int attempt, TimeSpan cap, TimeSpan? retryAfter)
    {
        var seconds = attempt >= 16 ? double.MaxValue : Math.Pow(4, attempt);
        var delay = seconds >= cap.TotalSeconds ? cap : TimeSpan.FromSeconds(seconds);
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }

    /// <summary>Whether <paramref name="code"/> is a throttling answer this layer retries.</summary>
    public static bool IsThrottling(int code) =>
        code is WhatsAppErrorCodes.PairRateLimit or WhatsAppErrorCodes.ThroughputLimit
            or WhatsAppErrorCodes.TooManyCalls or WhatsAppErrorCodes.BusinessAccountRateLimit;
}
