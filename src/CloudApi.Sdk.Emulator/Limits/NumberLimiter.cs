namespace CloudApi.Sdk.Emulator.Limits;

/// <summary>
/// Meta's two send limits for one business number: throughput (messages per second) and the pair limit per recipient.
/// A message is taken from both budgets or from neither: a refused message consumes nothing.
/// </summary>
internal sealed class NumberLimiter
{
    private readonly Lock _lock = new();
    private readonly Gcra _throughput;
    private readonly Gcra _pair;
    private readonly Dictionary<string, Int128> _pairs = new(StringComparer.Ordinal);
    private Int128 _throughputTat = Gcra.Empty;

    public NumberLimiter(int messagesPerSecond, TimeSpan pairInterval, int pairBurst)
    {
        _throughput = Gcra.PerSecond(messagesPerSecond);
        _pair = Gcra.Every(pairInterval, pairBurst);
    }

    /// <summary>Takes one message to <paramref name="recipient"/> at <paramref name="nowTicks"/>, or says which limit refused it.</summary>
    public LimitDecision TryTake(string recipient, long nowTicks)
    {
        lock (_lock)
        {
            if (!_throughput.CanTake(_throughputTat, nowTicks, out var newThroughputTat))
            {
                return LimitDecision.Throughput;
            }

            var pairTat = _pairs.TryGetValue(recipient, out var tat) ? tat : Gcra.Empty;
            if (!_pair.CanTake(pairTat, nowTicks, out var newPairTat))
            {
                return LimitDecision.Pair;
            }

            _throughputTat = newThroughputTat;
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
            if (!_throughput.CanTake(_throughputTat, nowTicks, out var newThroughputTat))
            {
                return false;
            }

            _throughputTat = newThroughputTat;
            return true;
        }
    }

    /// <summary>Forgets all state (every budget full again).</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _throughputTat = Gcra.Empty;
            _pairs.Clear();
        }
    }
}
