using System.Threading.RateLimiting;
using BenchmarkDotNet.Attributes;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Logging.Abstractions;

namespace CloudApi.Sdk.Benchmarks;

/// <summary>
/// The System.Threading.RateLimiting adapter's acquire next to the direct store acquire and the SDK's own limiter path,
/// all granted (the hot path): the clock runs a million times faster than real time, so every acquire finds its pair and
/// throughput slots free with Meta's limits (1,000 mps, 45 per recipient, one per 6 s) while the clock read costs what
/// the system clock's does.
/// </summary>
[MemoryDiagnoser]
public class LimiterAdapterBenchmarks : IDisposable
{
    private const string Number = "106540352242922";
    private readonly WhatsAppSendKey[] _keys = new WhatsAppSendKey[1024];
    private readonly string[] _recipients = new string[1024];
    private InMemoryRateLimitStore _store = null!;
    private RateLimitRules _rules = null!;
    private WhatsAppRateLimiter _limiter = null!;
    private RateLimitMetrics _metrics = null!;
    private PartitionedRateLimiter<WhatsAppSendKey> _adapter = null!;
    private ScaledClock _time = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var time = _time = new ScaledClock(1_000_000); // 1 ns is 1 ms: no acquire has to wait
        _store = new InMemoryRateLimitStore(time);
        _metrics = new RateLimitMetrics(null);
        _limiter = new WhatsAppRateLimiter(new WhatsAppRateLimitOptions { MessagesPerSecond = 1_000 }, _store, time, _metrics, NullLogger.Instance);
        _rules = _limiter.Rules(Number);
        _adapter = new WhatsAppPartitionedRateLimiter(_limiter);
        for (var i = 0; i < _keys.Length; i++)
        {
            _recipients[i] = $"+1555{i:0000000}";
            _keys[i] = new WhatsAppSendKey(Number, _recipients[i]);
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _adapter?.Dispose();
        _metrics?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public RateLimitOutcome Store_Acquire() =>
        _store.Acquire(Number, NextKey().RecipientKey, _rules, PairAcquireMode.Reserve).Outcome;

    /// <summary>The one clock read every acquire makes: the floor under all the rows.</summary>
    [Benchmark]
    public long Clock_GetTimestamp() => _time.GetTimestamp();

    [Benchmark]
    public bool SdkLimiter_AcquireAsync()
    {
        var pending = _limiter.AcquireAsync(Number, NextKey().RecipientKey, string.Empty, PairAcquireMode.Reserve, send: null, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? true : throw new InvalidOperationException("The acquire waited: the benchmark measures granted acquires only.");
    }

    [Benchmark]
    public bool Adapter_AttemptAcquire()
    {
        using var lease = _adapter.AttemptAcquire(NextKey());
        return lease.IsAcquired;
    }

    [Benchmark]
    public bool Adapter_AcquireAsync()
    {
        var pending = _adapter.AcquireAsync(NextKey());
        if (!pending.IsCompletedSuccessfully)
        {
            throw new InvalidOperationException("The acquire waited: the benchmark measures granted acquires only.");
        }

        using var lease = pending.Result;
        return lease.IsAcquired;
    }

    [Benchmark]
    public bool Adapter_AttemptAcquire_KeyFromString()
    {
        using var lease = _adapter.AttemptAcquire(new WhatsAppSendKey(Number, _recipients[_next++ & 1023]));
        return lease.IsAcquired;
    }

    private WhatsAppSendKey NextKey() => _keys[_next++ & 1023];
}
