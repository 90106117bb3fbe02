using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Deduplication;

/// <summary>
/// An in-memory set of seen keys bounded by <see cref="WhatsAppWebhookOptions.DeduplicationCapacity"/> (oldest evicted
/// first) and by the window (expired keys are dropped as new ones arrive). O(1) per call, one lock.
/// </summary>
internal sealed class MemoryWebhookDeduplicationStore : IWebhookDeduplicationStore
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _index = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _order = new();
    private readonly object _lock = new();
    private readonly TimeProvider _timeProvider;
    private readonly int _capacity;

    public MemoryWebhookDeduplicationStore(IOptionsMonitor<WhatsAppWebhookOptions> options, TimeProvider timeProvider)
    {
        _capacity = options.CurrentValue.DeduplicationCapacity;
        _timeProvider = timeProvider;
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _index.Count;
            }
        }
    }

    public ValueTask<bool> TryMarkAsSeenAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            while (_order.First is { } oldest && oldest.Value.ExpiresAt <= now)
            {
                Remove(oldest);
            }

            if (_index.ContainsKey(key))
            {
                return ValueTask.FromResult(false);
            }

            if (_index.Count >= _capacity && _order.First is { } evicted)
            {
                Remove(evicted);
            }

            _index[key] = _order.AddLast(new Entry(key, now + window));
            return ValueTask.FromResult(true);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _order.Remove(node);
        _index.Remove(node.Value.Key);
    }

    private readonly record struct Entry(string Key, DateTimeOffset ExpiresAt);
}
