namespace CloudApi.Sdk.Emulator.State;

/// <summary>Thread-safe counters behind <see cref="EmulatorStats"/>.</summary>
internal sealed class StatsRecorder
{
    private readonly Lock _lock = new();
    private readonly MutableCounters _total = new();
    private readonly Dictionary<string, MutableCounters> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Number, string Recipient), MutableCounters> _pairs = [];
    private long _webhooksDelivered;
    private long _webhooksFailed;

    public void Accepted(string phoneNumberId, string recipient, bool duplicate)
    {
        lock (_lock)
        {
            foreach (var counters in Scopes(phoneNumberId, recipient))
            {
                counters.Accepted++;
                if (duplicate)
                {
                    counters.Duplicates++;
                }
            }
        }
    }

    public void Error(int code, string? phoneNumberId, string? recipient)
    {
        lock (_lock)
        {
            foreach (var counters in Scopes(phoneNumberId, recipient))
            {
                counters.Errors[code] = counters.Errors.GetValueOrDefault(code) + 1;
            }
        }
    }

    public void WebhookDelivered() => Interlocked.Increment(ref _webhooksDelivered);

    public void WebhookFailed() => Interlocked.Increment(ref _webhooksFailed);

    public EmulatorStats Snapshot()
    {
        lock (_lock)
        {
            return new EmulatorStats(
                _total.Freeze(),
                _numbers.ToDictionary(p => p.Key, p => p.Value.Freeze(), StringComparer.Ordinal),
                _pairs.Select(p => new EmulatorPairStats(p.Key.Number, p.Key.Recipient, p.Value.Freeze())).ToList(),
                Interlocked.Read(ref _webhooksDelivered),
                Interlocked.Read(ref _webhooksFailed));
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _total.Clear();
            _numbers.Clear();
            _pairs.Clear();
            Interlocked.Exchange(ref _webhooksDelivered, 0);
            Interlocked.Exchange(ref _webhooksFailed, 0);
        }
    }

    private IEnumerable<MutableCounters> Scopes(string? phoneNumberId, string? recipient)
    {
        yield return _total;
        if (phoneNumberId is null)
        {
            yield break;
        }

        yield return Get(_numbers, phoneNumberId);
        if (recipient is not null)
        {
            yield return Get(_pairs, (phoneNumberId, recipient));
        }
    }

    private static MutableCounters Get<TKey>(Dictionary<TKey, MutableCounters> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var counters))
        {
            counters = new MutableCounters();
            map[key] = counters;
        }

        return counters;
    }

    private sealed class MutableCounters
    {
        public long Accepted { get; set; }

        public long Duplicates { get; set; }

        public Dictionary<int, long> Errors { get; } = [];

        public EmulatorCounters Freeze() => new(Accepted, Duplicates, new Dictionary<int, long>(Errors));

        public void Clear()
        {
            Accepted = 0;
            Duplicates = 0;
            Errors.Clear();
        }
    }
}
