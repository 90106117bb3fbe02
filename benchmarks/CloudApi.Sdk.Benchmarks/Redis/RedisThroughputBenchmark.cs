using System.Diagnostics;
using System.Globalization;
using System.Text;
using CloudApi.Sdk.RateLimiting;
using CloudApi.Sdk.Redis;
using StackExchange.Redis;

namespace CloudApi.Sdk.Benchmarks.Redis;

/// <summary>
/// <c>redis-throughput</c>: acquires per second through <see cref="RedisRateLimitStore"/> on one connection with N
/// concurrent senders, and round trips per acquire (from Redis' <c>INFO commandstats</c>), next to <c>redis-benchmark</c>
/// running the same script by EVALSHA. A timed run, not BenchmarkDotNet: the metric is a rate under concurrency.
/// Starts its own <c>redis-server</c> (from PATH) on a free loopback port.
/// </summary>
/// <remarks>
/// Every acquire goes to a different recipient (cycling over a million) and the number's rate is set far above what
/// Redis can answer, so every acquire runs the whole script (epoch, throughput and pair read, both written) and is
/// answered "acquired" without a wait: the store call itself is measured, not the limits.
/// </remarks>
internal static class RedisThroughputBenchmark
{
    public const string Mode = "redis-throughput";

    private const string KeyPrefix = "bench";
    private const string SdkNumber = "106540352242922";
    private const string RedisBenchmarkNumber = "106540352242923";
    private const int Recipients = 1_000_000;
    private const long FirstRecipient = 16_505_000_000;

    private static readonly RateLimitRules Rules = new(messagesPerSecond: 1_000_000, maxQueueLength: 1_000_000, TimeSpan.FromSeconds(6), pairBurst: 45);

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = Settings.Parse(args);
        using var redis = await RedisServerProcess.StartAsync();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(
            $"127.0.0.1:{redis.Port},allowAdmin=true,connectTimeout=5000,syncTimeout=10000,asyncTimeout=10000");
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var store = new RedisRateLimitStore(connection, new RedisRateLimitStoreOptions { KeyPrefix = KeyPrefix });
        await store.LoadScriptsAsync();

        Console.WriteLine($"redis-server {server.Version} on 127.0.0.1:{redis.Port}; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        Console.WriteLine($"warm-up: 64 senders, {settings.Warmup.TotalSeconds:0.#} s");
        await RunSdkAsync(store, server, 64, settings.Warmup);

        // The pipelined redis-benchmark run (the baseline) goes before and after the SDK runs: on a shared machine the
        // two tell how much the load moved meanwhile, and the ratio uses their mean.
        var sha = Convert.ToHexStringLower(await server.ScriptLoadAsync(RedisRateLimitStore.AcquireScript));
        var rows = new List<Row>();
        async Task RedisBenchmarkAsync(int clients, int pipeline, int requests, string when = "")
        {
            if (settings.RedisBenchmark)
            {
                var row = await RunRedisBenchmarkAsync(redis.Port, server, sha, clients, pipeline, requests, when);
                Console.WriteLine(row.Describe());
                rows.Add(row);
            }
        }

        await RedisBenchmarkAsync(50, 16, settings.RedisBenchmarkRequests * 4, " (before the SDK runs)");
        foreach (var senders in settings.Senders)
        {
            var row = await RunSdkAsync(store, server, senders, settings.Duration);
            Console.WriteLine(row.Describe());
            rows.Add(row);
        }

        await RedisBenchmarkAsync(1, 1, settings.RedisBenchmarkRequests / 2);
        await RedisBenchmarkAsync(50, 1, settings.RedisBenchmarkRequests);
        await RedisBenchmarkAsync(50, 16, settings.RedisBenchmarkRequests * 4, " (after the SDK runs)");

        Console.WriteLine();
        Console.WriteLine(Table(rows));
        return 0;
    }

    private static async Task<Row> RunSdkAsync(RedisRateLimitStore store, IServer server, int senders, TimeSpan duration)
    {
        var statsBefore = await CommandStats.ReadAsync(server);
        var run = new SdkRun(store, senders);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, senders).Select(i => Task.Run(() => run.SendAsync(i))).ToArray();
        await Task.Delay(duration);
        run.Stop();
        await Task.WhenAll(tasks);
        var elapsed = stopwatch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var statsAfter = await CommandStats.ReadAsync(server);

        var acquires = run.Acquires;
        if (run.NotAcquired > 0)
        {
            Console.WriteLine($"  note: {run.NotAcquired} of {acquires} acquires were not answered 'acquired' (the run should never wait)");
        }

        return new Row(
            $"SDK `RedisRateLimitStore.AcquireAsync`, {senders} concurrent sender{(senders == 1 ? "" : "s")}, 1 connection",
            acquires,
            acquires / elapsed.TotalSeconds,
            statsAfter.ScriptsSince(statsBefore),
            statsAfter.ClientCommandsSince(statsBefore),
            statsAfter.FailuresSince(statsBefore),
            (double)allocated / acquires);
    }

    private static async Task<Row> RunRedisBenchmarkAsync(int port, IServer server, string sha, int clients, int pipeline, int requests, string when)
    {
        static string Micros(TimeSpan span) => ((span.Ticks + 9) / 10).ToString(CultureInfo.InvariantCulture);
        var now = ((DateTimeOffset.UtcNow.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10).ToString(CultureInfo.InvariantCulture);
        var numberKey = $"{KeyPrefix}:{{{RedisBenchmarkNumber}}}";

        // The store's layout: KEYS throughput, pair, epoch; ARGV now, ti, tq, pi, pt, mode (0 reserve), known epoch
        // ("0": this client has seen none yet, which changes nothing once the epoch key exists).
        string[] arguments =
        [
            "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture),
            "-n", requests.ToString(CultureInfo.InvariantCulture),
            "-c", clients.ToString(CultureInfo.InvariantCulture),
            "-P", pipeline.ToString(CultureInfo.InvariantCulture),
            "-r", Recipients.ToString(CultureInfo.InvariantCulture),
            "--csv",
            "EVALSHA", sha, "3", numberKey + ":t", numberKey + ":p:__rand_int__", KeyPrefix + ":epoch",
            now, Micros(Rules.ThroughputInterval), Micros(Rules.MaxQueueDelay), Micros(Rules.PairInterval), Micros(Rules.PairTolerance), "0", "0",
        ];

        var statsBefore = await CommandStats.ReadAsync(server);
        var start = new ProcessStartInfo("redis-benchmark") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("redis-benchmark could not be started.");
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var error = await errorTask;
        var statsAfter = await CommandStats.ReadAsync(server);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        var fields = last.Split("\",\"");
        if (process.ExitCode != 0 || fields.Length < 2 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
        {
            throw new InvalidOperationException($"redis-benchmark failed ({process.ExitCode}): {output} {error}");
        }

        Console.WriteLine("  redis-benchmark " + string.Join(' ', arguments.Select(a => a.Contains('{', StringComparison.Ordinal) ? $"'{a}'" : a)));
        return new Row(
            $"`redis-benchmark` EVALSHA, {clients} connection{(clients == 1 ? "" : "s")}, pipeline {pipeline}{when}",
            requests,
            rate,
            statsAfter.ScriptsSince(statsBefore),
            statsAfter.ClientCommandsSince(statsBefore),
            statsAfter.FailuresSince(statsBefore),
            null)
        {
            IsPipelinedBaseline = pipeline > 1,
        };
    }

    private static string Table(List<Row> rows)
    {
        var pipelined = rows.Where(r => r.IsPipelinedBaseline).Select(r => r.PerSecond).ToArray();
        double? baseline = pipelined.Length > 0 ? pipelined.Average() : null;
        var table = new StringBuilder();
        table.AppendLine("| Client | Acquires/s | Ratio to redis-benchmark pipelined (mean of both runs) | Scripts (EVALSHA) per acquire | Commands sent per acquire | Allocated per acquire |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {row.Name} | {row.PerSecond:N0} | {(baseline is { } b ? (row.PerSecond / b).ToString("0.00", CultureInfo.InvariantCulture) : "-")} | " +
                $"{(double)row.Scripts / row.Acquires:0.000} | {(double)row.Commands / row.Acquires:0.000} | {(row.AllocatedPerAcquire is { } a ? $"{a:N0} B" : "-")} |");
        }

        if (rows.Any(r => r.Failures > 0))
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"\nFAILED calls during the runs: {rows.Sum(r => r.Failures)} (a script error; the figures are not comparable).");
        }

        return table.ToString();
    }

    private sealed class SdkRun(RedisRateLimitStore store, int senders)
    {
        private readonly long[] _acquires = new long[senders];
        private readonly long[] _notAcquired = new long[senders];
        private long _next;
        private volatile bool _stopped;

        public long Acquires => _acquires.Sum();

        public long NotAcquired => _notAcquired.Sum();

        public void Stop() => _stopped = true;

        public async Task SendAsync(int sender)
        {
            long acquires = 0, notAcquired = 0;
            while (!_stopped)
            {
                var recipient = FirstRecipient + (Interlocked.Increment(ref _next) % Recipients);
                var decision = await store.AcquireAsync(new(SdkNumber, recipient, Rules, PairAcquireMode.Reserve)).ConfigureAwait(false);
                acquires++;
                if (decision.Outcome != RateLimitOutcome.Acquired)
                {
                    notAcquired++;
                }
            }

            _acquires[sender] = acquires;
            _notAcquired[sender] = notAcquired;
        }
    }

    private sealed record Row(string Name, long Acquires, double PerSecond, long Scripts, long Commands, long Failures, double? AllocatedPerAcquire)
    {
        public bool IsPipelinedBaseline { get; init; }

        public string Describe() =>
            string.Create(CultureInfo.InvariantCulture, $"{Name}: {PerSecond:N0}/s ({Acquires:N0} in the run), {(double)Scripts / Acquires:0.000} scripts and {(double)Commands / Acquires:0.000} commands per acquire");
    }

    private sealed record Settings(TimeSpan Duration, TimeSpan Warmup, int[] Senders, bool RedisBenchmark, int RedisBenchmarkRequests)
    {
        public static Settings Parse(string[] args)
        {
            var seconds = 3.0;
            var senders = new[] { 1, 16, 64, 256 };
            var redisBenchmark = true;
            var requests = 100_000;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--seconds":
                        seconds = double.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--senders":
                        senders = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                        break;
                    case "--requests":
                        requests = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--sdk-only":
                        redisBenchmark = false;
                        break;
                    default:
                        throw new ArgumentException(
                            $"Unknown option {args[i]}. Options: --seconds S (per SDK run, default 3), --senders 1,16,64,256, " +
                            "--requests N (redis-benchmark -c 50 -P 1; -c 1 runs N/2, pipelined 4N; default 100000), --sdk-only.");
                }
            }

            return new(TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(Math.Max(1, seconds / 2)), senders, redisBenchmark, requests);
        }
    }
}
