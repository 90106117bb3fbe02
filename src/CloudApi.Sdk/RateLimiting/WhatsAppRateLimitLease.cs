using System.Threading.RateLimiting;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// The leases of <see cref="WhatsAppPartitionedRateLimiter"/>. A granted lease holds nothing to give back (a GCRA slot is a
/// moment in time, not a token), so one instance serves every grant; a refused one says when to retry.
/// </summary>
internal sealed class WhatsAppRateLimitLease : RateLimitLease
{
    /// <summary>The lease of every granted acquire: nothing to release, no metadata.</summary>
    public static readonly WhatsAppRateLimitLease Acquired = new(true, null, null);

    /// <summary>Refused because the limiter was disposed while the acquire waited.</summary>
    public static readonly WhatsAppRateLimitLease Disposed = new(false, null, "The rate limiter was disposed.");

    /// <summary>Refused by <c>AttemptAcquire</c> because the store answers only asynchronously (Redis): use <c>AcquireAsync</c>.</summary>
    public static readonly WhatsAppRateLimitLease StoreIsRemote = new(false, null,
        "The rate-limit store answers asynchronously (a remote store): AttemptAcquire cannot take a slot without waiting for it; use AcquireAsync.");

    private static readonly string[] RetryAfterOnly = [MetadataName.RetryAfter.Name];
    private static readonly string[] ReasonOnly = [MetadataName.ReasonPhrase.Name];

    private readonly TimeSpan? _retryAfter;
    private readonly string? _reason;

    private WhatsAppRateLimitLease(bool isAcquired, TimeSpan? retryAfter, string? reason)
    {
        IsAcquired = isAcquired;
        _retryAfter = retryAfter;
        _reason = reason;
    }

    /// <inheritdoc />
    public override bool IsAcquired { get; }

    /// <inheritdoc />
    public override IEnumerable<string> MetadataNames =>
        _retryAfter is not null ? RetryAfterOnly : _reason is not null ? ReasonOnly : [];

    /// <summary>A refusal: a slot frees up after <paramref name="retryAfter"/>.</summary>
    public static WhatsAppRateLimitLease RetryAfter(TimeSpan retryAfter) => new(false, retryAfter, null);

    /// <inheritdoc />
    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = retryAfter;
            return true;
        }

        if (_reason is not null && metadataName == MetadataName.ReasonPhrase.Name)
        {
            metadata = _reason;
            return true;
        }

        metadata = null;
        return false;
    }
}
