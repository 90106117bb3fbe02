using System.Runtime;

namespace CloudApi.Sdk.Benchmarks.Rate;

/// <summary>
/// Keeps the judge's own garbage collections out of a multi-process run. The judge (the emulator in this process)
/// stands in for Meta's front end, and stamps each request's arrival when its endpoint runs: a collection here stops
/// that for tens of milliseconds on a loaded 2-core machine (measured 15-50 ms per gen0 collection, with the workers and
/// Redis busy), and the requests that reached the socket meanwhile get stamped together afterwards. That bunching is
/// the judge's, not the SDK's, and it alone put 1,000 arrivals into one second. With the workers in other processes,
/// nothing of the SDK's runs in this one, so a no-GC region for the timed part hides nothing of the SDK's behaviour.
/// (The one-process rows keep their collections: there they stop the SDK too.)
/// </summary>
internal sealed class GcFreeJudge : IDisposable
{
    /// <summary>What the judge allocated per message in a measured run (about 9 KB), with room to spare.</summary>
    private const long BytesPerMessage = 48 * 1024;

    private const long MinimumBytes = 64L * 1024 * 1024;

    private readonly int _collectionsAtStart;
    private readonly long _allocatedAtStart;
    private readonly int _messages;

    private GcFreeJudge(int messages)
    {
        _messages = messages;
        _collectionsAtStart = GC.CollectionCount(0);
        _allocatedAtStart = GC.GetTotalAllocatedBytes();
    }

    /// <summary>Starts a no-GC region big enough for <paramref name="messages"/> (the collection it starts with comes before the timed part).</summary>
    public static GcFreeJudge Start(int messages)
    {
        var started = GC.TryStartNoGCRegion(Math.Max(MinimumBytes, messages * BytesPerMessage));
        var judge = new GcFreeJudge(messages);
        if (!started)
        {
            Console.Error.WriteLine("judge: no no-GC region (the runtime refused its size); its collections may bunch arrivals.");
        }

        return judge;
    }

    /// <summary>Says on the error stream whether the judge collected during the run, and what it allocated per message.</summary>
    public void Report()
    {
        var collections = GC.CollectionCount(0) - _collectionsAtStart;
        var perMessage = (GC.GetTotalAllocatedBytes() - _allocatedAtStart) / Math.Max(1, _messages);
        Console.Error.WriteLine(collections == 0
            ? $"judge: no collection during the run ({perMessage / 1024} KB allocated per message)"
            : $"judge: {collections} collections during the run ({perMessage / 1024} KB allocated per message): its pauses may have bunched arrivals");
    }

    public void Dispose()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
    }
}
