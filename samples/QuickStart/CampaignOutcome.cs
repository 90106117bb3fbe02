using System.Collections.Concurrent;
using CloudApi.Sdk;

namespace QuickStart;

/// <summary>Counts accepted and failed sends, and why they failed.</summary>
internal sealed class CampaignOutcome
{
    private readonly ConcurrentDictionary<string, int> _failures = new();
    private int _accepted;
    private int _failed;

    public int AcceptedCount => Volatile.Read(ref _accepted);

    public int FailedCount => Volatile.Read(ref _failed);

    public void Accepted() => Interlocked.Increment(ref _accepted);

    public void Failed(Exception error)
    {
        Interlocked.Increment(ref _failed);
        var reason = error is WhatsAppApiException { ErrorCode: { } code } ? $"Graph error {code}" : error.GetType().Name;
        _failures.AddOrUpdate(reason, 1, (_, n) => n + 1);
    }

    public IEnumerable<(string Error, int Count)> FailureSummary() => _failures.Select(f => (f.Key, f.Value));
}
