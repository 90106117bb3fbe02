using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.RateLimiting;
using BenchmarkDotNet.Attributes;
using CloudApi.Sdk.RateLimiting;

namespace CloudApi.Sdk.Benchmarks;

/// <summary>The acquire on the hot path: one pair + throughput decision, next to the BCL limiters doing the same work.</summary>
[MemoryDiagnoser]
public class LimiterAcquireBenchmarks : IDisposable
{
    private const string Number = "106540352242922";
    private readonly RateLimitRules _rules = new(int.MaxValue / 2, 1_000_000, TimeSpan.FromSeconds(6), 45);
    private InMemoryRateLimitStore _store = null!;
    private TokenBucketRateLimiter _bucket = null!;
    private PartitionedRateLimiter<long> _partitioned = null!;
    private long _recipient;

    [GlobalSetup]
    public void Setup()
    {
        _store = new InMemoryRateLimitStore();
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions { TokenLimit = int.MaxValue, TokensPerPeriod = int.MaxValue, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0, AutoReplenishment = false });
        _partitioned = PartitionedRateLimiter.Create<long, long>(r => RateLimitPartition.GetTokenBucketLimiter(r, _ => new TokenBucketRateLimiterOptions { TokenLimit = 45, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(6), QueueLimit = 0 }));
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _bucket?.Dispose();
        _partitioned?.Dispose();
        GC.SuppressFinalize(this);
    }

    private long NextRecipient() => 15550000000 + (_recipient++ & 1023);

    [Benchmark(Baseline = true)]
    public bool TokenBucket_SingleLimiter()
    {
        using var lease = _bucket.AttemptAcquire();
        return lease.IsAcquired;
    }

    [Benchmark]
    public bool PartitionedRateLimiter_PerRecipient()
    {
        using var lease = _partitioned.AttemptAcquire(NextRecipient());
        return lease.IsAcquired;
    }

    [Benchmark]
    public RateLimitOutcome InMemoryStore_PairAndThroughput() =>
        _store.Acquire(Number, NextRecipient(), _rules, PairAcquireMode.FailFast).Outcome;
}

/// <summary>Memory per tracked pair at 1,000,000 recipients and idle CPU with them tracked (printed by the setup).</summary>
[MemoryDiagnoser]
public class LimiterMemoryBenchmarks
{
    private const int Pairs = 1_000_000;
    private static readonly RateLimitRules Rules = new(int.MaxValue / 2, int.MaxValue / 2, TimeSpan.FromSeconds(6), 45);
    private readonly List<object> _keepAlive = [];

    [GlobalSetup]
    public void Measure()
    {
        Report("InMemoryRateLimitStore (GCRA table)", () =>
        {
            var store = new InMemoryRateLimitStore();
            for (var i = 0; i < Pairs; i++)
            {
                store.Acquire("106540352242922", 15550000000 + i, Rules, PairAcquireMode.Reserve);
            }

            return store;
        });
        Report("ConcurrentDictionary<long,long>", () =>
        {
            var d = new ConcurrentDictionary<long, long>();
            for (var i = 0; i < Pairs; i++)
            {
                d[15550000000 + i] = i;
            }

            return d;
        });
        Report("PartitionedRateLimiter<long> (token bucket per recipient)", () =>
        {
            var p = PartitionedRateLimiter.Create<long, long>(r => RateLimitPartition.GetTokenBucketLimiter(r, _ => new TokenBucketRateLimiterOptions { TokenLimit = 45, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(6), QueueLimit = 0 }));
            for (var i = 0; i < Pairs; i++)
            {
                p.AttemptAcquire(15550000000 + i).Dispose();
            }

            return p;
        });
    }

    [Benchmark]
    public int Noop() => _keepAlive.Count;

    private void Report(string name, Func<object> fill)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var instance = fill();
        GC.Collect();
        var after = GC.GetTotalMemory(true);
        _keepAlive.Add(instance);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        Thread.Sleep(3000);
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / wall.Elapsed.TotalMilliseconds * 100;
        Console.WriteLine($"// MEMORY {name}: {(after - before) / (double)Pairs:0.0} B per pair; idle CPU over 3 s with {Pairs:N0} tracked: {cpu:0.00} % of a core");
    }
}
