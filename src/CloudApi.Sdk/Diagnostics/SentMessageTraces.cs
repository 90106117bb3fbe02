using System.Collections.Concurrent;
using System.Diagnostics;

namespace CloudApi.Sdk.Diagnostics;

/// <summary>
/// The span contexts of the last traced sends of this process, by message id (wamid), so that a status webhook handled
/// here can link its span to the send it reports on. Bounded (<see cref="Capacity"/>, oldest dropped first); filled only
/// while a listener records the sends. A webhook received by another process than the sender finds nothing here.
/// </summary>
internal static class SentMessageTraces
{
    public const int Capacity = 10_000;

    private static readonly ConcurrentDictionary<string, ActivityContext> Contexts = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<string> Order = new();

    public static void Remember(string messageId, ActivityContext context)
    {
        if (!Contexts.TryAdd(messageId, context))
        {
            return;
        }

        Order.Enqueue(messageId);
        while (Contexts.Count > Capacity && Order.TryDequeue(out var oldest))
        {
            Contexts.TryRemove(oldest, out _);
        }
    }

    public static bool TryFind(string messageId, out ActivityContext context) => Contexts.TryGetValue(messageId, out context);
}
