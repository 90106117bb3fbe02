using System.Collections.Concurrent;

namespace CloudApi.Sdk.AspNetCore.Conversations;

/// <summary>
/// The ids of the messages waits of this process took lately, so the dispatcher skips them even without
/// de-duplication. Bounded: the oldest are forgotten first.
/// </summary>
internal sealed class ConsumedReplies
{
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public void Add(string messageId)
    {
        if (!_ids.TryAdd(messageId, 0))
        {
            return;
        }

        _order.Enqueue(messageId);
        while (_order.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _ids.TryRemove(oldest, out _);
        }
    }

    public bool Contains(string messageId) => _ids.ContainsKey(messageId);
}
