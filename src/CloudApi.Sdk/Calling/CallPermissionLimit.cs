namespace CloudApi.Sdk.Calling;

/// <summary>
/// A limit on a calling action (an item of <c>actions[].limits</c>), e.g. permission requests per user per 24 hours
/// (Meta documents 1 per 24 h and 2 per 7 days, reset by a connected call) or connected business-initiated calls per
/// user per 24 hours (5, error <see cref="WhatsAppErrorCodes.CallLimitReached"/>).
/// </summary>
public sealed class CallPermissionLimit
{
    internal CallPermissionLimit(string? timePeriod, long currentUsage, long maxAllowed, DateTimeOffset? expiresAt)
    {
        TimePeriod = timePeriod;
        CurrentUsage = currentUsage;
        MaxAllowed = maxAllowed;
        ExpiresAt = expiresAt;
    }

    /// <summary>The window the limit counts over (<c>time_period</c>), as Meta writes it: <c>24h</c> in the spec, ISO 8601 (<c>PT24H</c>, <c>P7D</c>) in the docs.</summary>
    public string? TimePeriod { get; }

    /// <summary>How many were used in the window (<c>current_usage</c>).</summary>
    public long CurrentUsage { get; }

    /// <summary>How many the window allows (<c>max_allowed</c>).</summary>
    public long MaxAllowed { get; }

    /// <summary>How many are left (<see cref="MaxAllowed"/> − <see cref="CurrentUsage"/>, at least 0).</summary>
    public long Remaining => Math.Max(0, MaxAllowed - CurrentUsage);

    /// <summary>When the window resets (<c>limit_expiration_time</c>), when Meta sent it.</summary>
    public DateTimeOffset? ExpiresAt { get; }
}
