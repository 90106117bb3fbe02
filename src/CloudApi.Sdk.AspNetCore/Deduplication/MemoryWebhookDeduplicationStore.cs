using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Deduplication;

/// <summary>
/// An in-memory set of handled keys bounded by <see cref="WhatsAppWebhookOptions.DeduplicationCapacity"/> (oldest evicted
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

    public ValueTask<bool> IsHandledAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            RemoveExpired(now);
            return ValueTask.FromResult(_index.TryGetValue(key, out var node) && node.Value.ExpiresAt > now);
        }
    }

    public ValueTask MarkHandledAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            RemoveExpired(now);
            if (_index.TryGetValue(key, out var existing))
            {
                Remove(existing);
            }
            else if (_index.Count >= _capacity && _order.First is { } evicted)
            {
                Remove(evicted);
            }

            _index[key] = _order.AddLast(new Entry(key, now + window));
            return ValueTask.CompletedTask;
        }
    }

    private void RemoveExpired(DateTimeOffset now)
    {
        while (_order.First is { } oldest && oldest.Value.ExpiresAt <= now)
        {
            Remove(oldest);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _order.Remove(node);
        _index.Remove(node.Value.Key);
    }

    private readonly record struct Entry(string Key, DateTimeOffset ExpiresAt);
}
