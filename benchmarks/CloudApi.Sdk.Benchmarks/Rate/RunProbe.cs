using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CloudApi.Sdk.Benchmarks.Rate;

/// <summary>
/// What one timed run used, to tell what bounded it: CPU time (all threads of the process: client and in-process
/// emulator), thread-pool threads and queue, open HTTP connections, mean HTTP request time, allocations, and how many
/// sends waited for a throughput slot (a send that never waits was not held back by the limiter). Create it before the
/// emulator starts (connections are counted as Kestrel opens them), then <see cref="Begin"/> when the timed part starts.
/// </summary>
internal sealed class RunProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Thread _sampler;
    private readonly Stopwatch _stopwatch = new();
    private TimeSpan _cpuStart;
    private long _allocatedStart;
    private long _workItemsStart;
    private int _gen0Start;
    private int _gen2Start;
    private TimeSpan _pauseStart;
    private volatile bool _stopped;
    private long _openConnections;
    private long _peakConnections;
    private long _requests;
    private double _requestSeconds;
    private long _throughputWaits;
    private int _peakThreads;
    private long _peakPending;

    public RunProbe()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument is { Meter.Name: "Microsoft.AspNetCore.Server.Kestrel", Name: "kestrel.active_connections" } ||
                instrument is { Meter.Name: "System.Net.Http", Name: "http.client.request.duration" } ||
                instrument is { Meter.Name: "CloudApi.Sdk", Name: "cloudapi.sdk.ratelimit.wait" })
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) =>
        {
            var open = Interlocked.Add(ref _openConnections, value);
            long peak;
            while (open > (peak = Volatile.Read(ref _peakConnections)) && Interlocked.CompareExchange(ref _peakConnections, open, peak) != peak)
            {
            }
        });
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "http.client.request.duration")
            {
                lock (_listener)
                {
                    _requests++;
                    _requestSeconds += value;
                }

                return;
            }

            foreach (var tag in tags)
            {
                if (tag is { Key: "limit", Value: "throughput" })
                {
                    Interlocked.Increment(ref _throughputWaits);
                }
            }
        });
        _listener.Start();

        // A plain thread, so that the samples keep coming when the thread pool is the bottleneck.
        _sampler = new Thread(() =>
        {
            while (!_stopped)
            {
                _peakThreads = Math.Max(_peakThreads, ThreadPool.ThreadCount);
                _peakPending = Math.Max(_peakPending, ThreadPool.PendingWorkItemCount);
                Thread.Sleep(20);
            }
        }) { IsBackground = true, Name = "rate-run sampler" };
    }

    /// <summary>Starts the timed part: everything but the open connections is counted from here.</summary>
    public void Begin()
    {
        lock (_listener)
        {
            _requests = 0;
            _requestSeconds = 0;
        }

        Volatile.Write(ref _throughputWaits, 0);
        Volatile.Write(ref _peakConnections, Volatile.Read(ref _openConnections));
        _peakThreads = ThreadPool.ThreadCount;
        _peakPending = 0;
        _cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        _allocatedStart = GC.GetTotalAllocatedBytes(precise: false);
        _workItemsStart = ThreadPool.CompletedWorkItemCount;
        _gen0Start = GC.CollectionCount(0);
        _gen2Start = GC.CollectionCount(2);
        _pauseStart = GC.GetTotalPauseDuration();
        _sampler.Start();
        _stopwatch.Start();
    }

    /// <summary>Stops measuring and returns what was used since the probe was created.</summary>
    public ProbeResult Stop()
    {
        var elapsed = _stopwatch.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuStart;
        _stopped = true;
        if (_sampler.IsAlive)
        {
            _sampler.Join();
        }

        _listener.Dispose();
        double meanRequest;
        lock (_listener)
        {
            meanRequest = _requests == 0 ? 0 : _requestSeconds / _requests;
        }

        return new ProbeResult(
            elapsed,
            cpu,
            _peakThreads,
            _peakPending,
            Volatile.Read(ref _peakConnections),
            TimeSpan.FromSeconds(meanRequest),
            GC.GetTotalAllocatedBytes(precise: false) - _allocatedStart,
            ThreadPool.CompletedWorkItemCount - _workItemsStart,
            GC.CollectionCount(0) - _gen0Start,
            GC.CollectionCount(2) - _gen2Start,
            GC.GetTotalPauseDuration() - _pauseStart,
            Volatile.Read(ref _throughputWaits));
    }

    public void Dispose()
    {
        _stopped = true;
        _listener.Dispose();
    }
}

/// <summary>What a run used; see <see cref="RunProbe"/>.</summary>
internal sealed record ProbeResult(
    TimeSpan Elapsed,
    TimeSpan Cpu,
    int PeakThreads,
    long PeakPendingWorkItems,
    long PeakConnections,
    TimeSpan MeanRequest,
    long AllocatedBytes,
    long WorkItems,
    int Gen0,
    int Gen2,
    TimeSpan GcPause,
    long ThroughputWaits)
{
    /// <summary>A run measured only by its wall-clock time (in other processes: their CPU and allocations are not seen here).</summary>
    public static ProbeResult WallClock(TimeSpan elapsed) => new(elapsed, TimeSpan.Zero, 0, 0, 0, TimeSpan.Zero, 0, 0, 0, 0, TimeSpan.Zero, 0) { InAnotherProcess = true };

    /// <summary>Whether the sends ran in other processes, so that this process saw none of their resources (only the elapsed time is measured).</summary>
    public bool InAnotherProcess { get; private init; }

    /// <summary>CPU used as a share of the machine's cores over the run (1.0 = every core busy all the time).</summary>
    public double CpuShare => Cpu.TotalSeconds / (Elapsed.TotalSeconds * Environment.ProcessorCount);
}
