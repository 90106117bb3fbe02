using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Threading.RateLimiting;
using BenchmarkDotNet.Attributes;
using CloudApi.Sdk.Messages;
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
    private InMemoryRateLimitStore _campaignStore = null!;
    private PartitionedRateLimiter<long> _partitionedGranted = null!;
    private long _campaignRecipient;
    private long[] _campaignRecipients = null!;

    [GlobalSetup]
    public void Setup()
    {
        _store = new InMemoryRateLimitStore();
        _campaignStore = new InMemoryRateLimitStore(new ScaledClock(2_000));
        // Numbers in no particular order, as a campaign's list is: neither table gets the cache locality of consecutive keys.
        var random = new Random(42);
        _campaignRecipients = Enumerable.Range(0, 65536).Select(_ => 10_000_000_000 + random.NextInt64(90_000_000_000)).ToArray();
        _partitionedGranted = PartitionedRateLimiter.Create<long, long>(r => RateLimitPartition.GetTokenBucketLimiter(r, _ => new TokenBucketRateLimiterOptions { TokenLimit = int.MaxValue, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(6), QueueLimit = 0 }));
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions { TokenLimit = int.MaxValue, TokensPerPeriod = int.MaxValue, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0, AutoReplenishment = false });
        _partitioned = PartitionedRateLimiter.Create<long, long>(r => RateLimitPartition.GetTokenBucketLimiter(r, _ => new TokenBucketRateLimiterOptions { TokenLimit = 45, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(6), QueueLimit = 0 }));
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _bucket?.Dispose();
        _partitioned?.Dispose();
        _partitionedGranted?.Dispose();
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

    /// <summary>
    /// Same recipients and rules as the rows above: after the first 46,080 acquires every pair has used its burst, so
    /// this measures mostly refusals, as the BCL rows do.
    /// </summary>
    [Benchmark]
    public RateLimitOutcome InMemoryStore_PairAndThroughput() =>
        _store.Acquire(Number, NextRecipient(), _rules, PairAcquireMode.FailFast).Outcome;

    /// <summary>
    /// A campaign's hot path: every acquire granted. 65,536 random recipients in turn on a clock running 2,000 times faster than
    /// real time (read from the system clock, so it costs what a real read does): each pair comes back after ~10 simulated
    /// seconds, past its 6 s interval, so pairs are inserted, expire and are swept as in a long campaign.
    /// </summary>
    [Benchmark]
    public RateLimitOutcome InMemoryStore_Granted()
    {
        var outcome = _campaignStore.Acquire(Number, _campaignRecipients[_campaignRecipient++ & 65535], _rules, PairAcquireMode.FailFast).Outcome;
        return outcome == RateLimitOutcome.Acquired ? outcome : throw new InvalidOperationException($"Refused ({outcome}): this row measures granted acquires.");
    }

    /// <summary>The BCL doing the granted row's work: a token bucket per recipient (tokens never run out), the same 65,536 recipients in turn.</summary>
    [Benchmark]
    public bool PartitionedRateLimiter_Granted()
    {
        using var lease = _partitionedGranted.AttemptAcquire(_campaignRecipients[_campaignRecipient++ & 65535]);
        return lease.IsAcquired ? true : throw new InvalidOperationException("Refused: this row measures granted acquires.");
    }
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
        Report("InMemoryRateLimitStore (GCRA table), 1,000,000 BSUIDs", () =>
        {
            // Keys built as the send path builds them (WhatsAppRecipient.Parse), outside the measured allocation.
            var keys = new long[Pairs];
            for (var i = 0; i < Pairs; i++)
            {
                keys[i] = WhatsAppRecipient.Parse("US." + (13491208655302741918UL + (ulong)i).ToString(CultureInfo.InvariantCulture)).LimiterKey;
            }

            return keys;
        }, keys =>
        {
            var store = new InMemoryRateLimitStore();
            foreach (var key in (long[])keys)
            {
                store.Acquire("106540352242922", key, Rules, PairAcquireMode.Reserve);
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

    private void Report(string name, Func<object> fill) => Report(name, static () => new object(), _ => fill());

    /// <summary>Measures what <paramref name="fill"/> keeps beyond what <paramref name="prepare"/> made (its input, alive in both measures).</summary>
    private void Report(string name, Func<object> prepare, Func<object, object> fill)
    {
        var input = prepare();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var instance = fill(input);
        GC.Collect();
        var after = GC.GetTotalMemory(true);
        GC.KeepAlive(input); // counted in both measures, so not in the difference
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
