namespace CloudApi.Sdk.Emulator.Limits;

/// <summary>
/// The generic cell-rate algorithm with exact integer arithmetic. Equivalent to a token bucket of capacity
/// <see cref="_burst"/> refilled continuously at one token per emission interval: a burst of <c>burst</c> at one
/// instant passes, and a sender spaced exactly at the interval never fails.
/// </summary>
/// <remarks>
/// Time is measured in "units": ticks multiplied by <c>unitsPerTick</c>, so an interval such as 1/80 s or 1/3 s is a
/// whole number of units and no rounding ever lets an extra message through or refuses one on time.
/// </remarks>
internal readonly struct Gcra
{
    private readonly long _unitsPerTick;
    private readonly Int128 _interval;
    private readonly Int128 _tolerance;
    private readonly int _burst;

    private Gcra(long unitsPerTick, Int128 interval, int burst)
    {
        _unitsPerTick = unitsPerTick;
        _interval = interval;
        _burst = burst;
        _tolerance = interval * burst;
    }

    /// <summary>A limit of one event per <paramref name="interval"/> with a burst of <paramref name="burst"/>.</summary>
    public static Gcra Every(TimeSpan interval, int burst) => new(1, interval.Ticks, burst);

    /// <summary>The state before any event: every budget is available.</summary>
    public static Int128 Empty => Int128.MinValue;

    /// <summary>Whether an event at <paramref name="nowTicks"/> fits, and the state after taking it.</summary>
    public bool CanTake(Int128 tat, long nowTicks, out Int128 newTat)
    {
        Int128 now = (Int128)nowTicks * _unitsPerTick;
        newTat = (tat > now ? tat : now) + _interval;
        return newTat - now <= _tolerance;
    }
}
