namespace CloudApi.Sdk.Emulator.Limits;

/// <summary>
/// Meta's two send limits for one business number, judged on each message's arrival time: throughput as a strict
/// sliding window (no one-second interval holds more than the rate), and the pair limit per recipient as GCRA (one per
/// interval, with a burst). A message is taken from both budgets or from neither: a refused message consumes nothing.
/// </summary>
internal sealed class NumberLimiter
{
    private readonly Lock _lock = new();
    private readonly SlidingWindow _throughput;
    private readonly Gcra _pair;
    private readonly Dictionary<string, Int128> _pairs = new(StringComparer.Ordinal);

    public NumberLimiter(int messagesPerSecond, TimeSpan pairInterval, int pairBurst)
    {
        _throughput = new SlidingWindow(messagesPerSecond, TimeSpan.TicksPerSecond);
        _pair = Gcra.Every(pairInterval, pairBurst);
    }

    /// <summary>Takes one message to <paramref name="recipient"/> that arrived at <paramref name="arrivalTicks"/>, or says which limit refused it.</summary>
    public LimitDecision TryTake(string recipient, long arrivalTicks)
    {
        lock (_lock)
        {
            var pairTat = _pairs.TryGetValue(recipient, out var tat) ? tat : Gcra.Empty;
            if (!_pair.CanTake(pairTat, arrivalTicks, out var newPairTat))
            {
                // Judged first only so that a refused message leaves the window untouched; both limits are checked either way.
                return _throughput.Fits(arrivalTicks) ? LimitDecision.Pair : LimitDecision.Throughput;
            }

            if (!_throughput.TryTake(arrivalTicks))
            {
                return LimitDecision.Throughput;
            }

            _pairs[recipient] = newPairTat;
            return LimitDecision.Allowed;
        }
    }

    /// <summary>
    /// Takes one message from the throughput budget only: a group send, for which Meta documents no pair limit.
    /// </summary>
    public bool TryTakeThroughput(long nowTicks)
    {
        lock (_lock)
        {
            return _throughput.TryTake(nowTicks);
        }
    }

    /// <summary>Forgets all state (every budget full again).</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _throughput.Clear();
            _pairs.Clear();
        }
    }
}
