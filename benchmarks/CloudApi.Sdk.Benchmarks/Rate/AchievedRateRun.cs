using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Benchmarks.Rate;

/// <summary>
/// The achieved send rate of the SDK, through its rate limiter, against the in-process emulator over loopback HTTP
/// (the emulator enforces Meta's limits with the same per-number rate). A timed run, not BenchmarkDotNet:
/// <c>dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- achieved-rate [--seconds 10] [--concurrency 64] [--only 80|1000|10x1000|80-worker|1000-worker|worker|redis|ceiling|...] [--worker-env NAME=VALUE] [--arrivals FILE]</c>.
/// Each scenario gets a fresh emulator and client, warms the connections and JIT up on a separate number, then sends
/// <c>limit × seconds</c> messages per number, each to a distinct recipient (so the pair limit never applies), with
/// <c>SendBulkAsync</c> per number. Achieved rate = accepted / (first send to last answer). Rate errors are the
/// 130429/131056 answers the emulator counted (the limiter would retry them, so they are read from the server).
/// Two ceiling rows show what the process can do with no shaping at all: the SDK with limits at 100,000 mps, and raw
/// HttpClient posting the same JSON.
/// </summary>
internal static class AchievedRateRun
{
    private const string Token = "rate-run-token";
    private const string WarmUpNumber = "190000000000000";
    private const int Unlimited = 100_000;
    private const int WarmUpRate = 2_000;
    private static int s_maxConnections;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var concurrency = Option(args, "--concurrency", 64);
        var ceilingConcurrency = Option(args, "--ceiling-concurrency", 64);
        var only = OptionText(args, "--only");
        var raw = !args.Contains("--no-raw");
        s_maxConnections = Option(args, "--max-connections", 0);

        // --worker-env NAME=VALUE (repeatable): runtime knobs for the Redis rows' worker processes, e.g. DOTNET_TieredPGO=0.
        var workerEnvironment = args.Select((arg, i) => (arg, i))
            .Where(a => a.arg == "--worker-env" && a.i + 1 < args.Length && args[a.i + 1].Contains('=', StringComparison.Ordinal))
            .Select(a => args[a.i + 1].Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        var arrivalsFile = OptionText(args, "--arrivals");

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Achieved rate against the in-process emulator: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, " +
            $"load average before: {LoadAverage()}; {seconds} s of sends per scenario, MaxConcurrency {concurrency} per number."));

        var rows = new List<(string Name, int Numbers, int Limit, Outcome Outcome)>();
        if (only is null || only == "idle")
        {
            Console.WriteLine("running: idle ...");
            rows.Add(("idle: emulator and client started, nothing sent", 1, 0, await IdleAsync(TimeSpan.FromSeconds(seconds)).ConfigureAwait(false)));
        }

        foreach (var (key, name, numbers, limit) in new[]
        {
            ("80", "1 number at 80 mps", 1, 80),
            ("1000", "1 number at 1,000 mps", 1, 1_000),
            ("10x1000", "10 numbers × 1,000 mps", 10, 1_000),
        })
        {
            if (only is null || only == key)
            {
                Console.WriteLine($"running: {name} ...");
                rows.Add((name, numbers, limit, await LimitedAsync(numbers, limit, limit * seconds, concurrency, arrivalsFile).ConfigureAwait(false)));
                if (raw)
                {
                    rows.Add(($"{name}: raw HttpClient paced the same way (baseline)", numbers, limit, await RawPacedAsync(numbers, limit, limit * seconds, concurrency).ConfigureAwait(false)));
                }
            }
        }

        foreach (var (key, limit) in new[] { ("80-worker", 80), ("1000-worker", 1_000) })
        {
            if (only is null || only == key || only == "worker")
            {
                var name = $"1 number at {limit:N0} mps, in-memory store, the emulator in another process";
                Console.WriteLine($"running: {name} ...");
                var (messages, accepted, errors, elapsed) = await SharedRedisRun.RunAsync(1, limit, seconds, concurrency, workerEnvironment, arrivalsFile, redis: false).ConfigureAwait(false);
                rows.Add((name, 1, limit, new Outcome(messages, accepted, errors, ProbeResult.WallClock(elapsed))));
            }
        }

        foreach (var (key, processes, limit) in new[] { ("80-redis", 1, 80), ("1000-redis", 1, 1_000), ("80-redis-2p", 2, 80), ("1000-redis-2p", 2, 1_000) })
        {
            if (only is null || only == key || (only == "redis" && key.Contains("redis", StringComparison.Ordinal)))
            {
                var name = $"1 number at {limit:N0} mps, {processes} process{(processes == 1 ? string.Empty : "es")} sharing the Redis store";
                Console.WriteLine($"running: {name} ...");
                var (messages, accepted, errors, elapsed) = await SharedRedisRun.RunAsync(processes, limit, seconds, concurrency, workerEnvironment, arrivalsFile).ConfigureAwait(false);
                rows.Add((name, 1, limit, new Outcome(messages, accepted, errors, ProbeResult.WallClock(elapsed))));
            }
        }

        if (only is null || only == "ceiling")
        {
            Console.WriteLine("running: ceilings ...");
            rows.Add(($"no shaping: SDK, limits at {Unlimited:N0} mps, MaxConcurrency {ceilingConcurrency}", 1, 0, await UnshapedSdkAsync(TimeSpan.FromSeconds(seconds), ceilingConcurrency).ConfigureAwait(false)));
            rows.Add(($"no shaping: raw HttpClient, same JSON, {ceilingConcurrency} in flight", 1, 0, await RawHttpClientAsync(TimeSpan.FromSeconds(seconds), ceilingConcurrency).ConfigureAwait(false)));
        }

        Console.WriteLine();
        Console.WriteLine("| Scenario | Limit | Messages | Accepted | Rate errors | Elapsed | Achieved mps | % of limit |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, numbers, limit, o) in rows)
        {
            var total = numbers * limit;
            var limitText = limit == 0 ? "none" : numbers == 1 ? $"{limit:N0} mps" : $"{numbers} × {limit:N0} mps";
            var achieved = o.Accepted / o.Probe.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {limitText} | {o.Messages:N0} | {o.Accepted:N0} | {o.RateErrors} | {o.Probe.Elapsed.TotalSeconds:0.000} s | {achieved:N0} | {(limit == 0 ? "–" : (achieved / total).ToString("P1", CultureInfo.InvariantCulture))} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| Scenario | CPU (share of all cores) | CPU per message | Peak connections | Mean HTTP request | Peak pool threads | Peak queued work items | Work items per message | Allocated per message | Gen0 / Gen2 GCs | GC pauses | Sends that waited for a throughput slot |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, _, _, o) in rows)
        {
            var p = o.Probe;
            if (p.InAnotherProcess)
            {
                Console.WriteLine($"| {name} | – (the SDK ran in other processes) |{string.Concat(Enumerable.Repeat(" – |", 10))}");
                continue;
            }

            var perMessage = Math.Max(1, o.Accepted);
            string PerMessage(FormattableString value) => o.Accepted == 0 ? "–" : value.ToString(CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {p.CpuShare:P0} | {PerMessage($"{p.Cpu.TotalMicroseconds / perMessage:0} µs")} | {p.PeakConnections} | {p.MeanRequest.TotalMilliseconds:0.00} ms | {p.PeakThreads} | {p.PeakPendingWorkItems} | {PerMessage($"{(double)p.WorkItems / perMessage:0.0}")} | {PerMessage($"{p.AllocatedBytes / perMessage:N0} B")} | {p.Gen0} / {p.Gen2} | {p.GcPause.TotalMilliseconds:0} ms | {(o.Messages == 0 ? 0 : (double)p.ThroughputWaits / o.Messages):P0} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"load average after: {LoadAverage()}");
        return rows.All(r => r.Outcome.RateErrors == 0 && r.Outcome.Accepted == r.Outcome.Messages) ? 0 : 1;
    }

    /// <summary><paramref name="numberCount"/> numbers at <paramref name="limit"/> mps each (client and emulator), <paramref name="perNumber"/> messages each.</summary>
    private static async Task<Outcome> LimitedAsync(int numberCount, int limit, int perNumber, int concurrency, string? arrivalsFile)
    {
        var numbers = Enumerable.Range(0, numberCount).Select(i => (180_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture)).ToArray();
        using var probe = new RunProbe();
        await using var emulator = await StartEmulatorAsync(numbers.Select(n => (n, limit))).ConfigureAwait(false);
        await using var provider = Client(emulator, numbers.Select(n => (n, limit)));
        var client = provider.GetRequiredService<IWhatsAppClient>().Messages;
        await WarmUpAsync(client, concurrency).ConfigureAwait(false);
        var campaigns = numbers.Select((number, n) => Campaign(number, n, perNumber)).ToArray();
        var options = new BulkSendOptions { MaxConcurrency = concurrency };

        using var waits = new WaitTally();
        probe.Begin();
        var results = await Task.WhenAll(campaigns.Select(c => client.SendBulkAsync(c, options))).ConfigureAwait(false);
        var used = probe.Stop();
        Console.Error.WriteLine($"limiter waits: {waits}");
        if (arrivalsFile is not null)
        {
            await WriteArrivalsAsync(emulator, numbers, arrivalsFile).ConfigureAwait(false);
        }

        return Count(emulator, numbers, results.Sum(r => r.Messages.Count), results.Sum(r => r.Accepted), used, results.SelectMany(r => r.Messages));
    }

    /// <summary>Writes the judge's accepted arrivals for <paramref name="numbers"/> (UTC ticks and recipient, one per line), for analysis.</summary>
    internal static Task WriteArrivalsAsync(WhatsAppEmulator emulator, IReadOnlyCollection<string> numbers, string file) =>
        File.WriteAllLinesAsync(file, emulator.Messages.Where(m => numbers.Contains(m.PhoneNumberId)).Select(m => $"{m.AcceptedAt.UtcTicks} {m.To}"));

    /// <summary>What the process uses with nothing to do: the floor under every other row's CPU.</summary>
    private static async Task<Outcome> IdleAsync(TimeSpan duration)
    {
        const string Number = "140000000000000";
        using var probe = new RunProbe();
        await using var emulator = await StartEmulatorAsync([(Number, 80)]).ConfigureAwait(false);
        await using var provider = Client(emulator, [(Number, 80)]);
        await WarmUpAsync(provider.GetRequiredService<IWhatsAppClient>().Messages, 64).ConfigureAwait(false);

        probe.Begin();
        await Task.Delay(duration).ConfigureAwait(false);
        return new Outcome(0, 0, 0, probe.Stop());
    }

    /// <summary>The SDK with its limiter on but out of the way (100,000 mps on both sides): what the process can send at most.</summary>
    private static async Task<Outcome> UnshapedSdkAsync(TimeSpan duration, int concurrency)
    {
        const string Number = "170000000000000";
        using var probe = new RunProbe();
        await using var emulator = await StartEmulatorAsync([(Number, Unlimited)]).ConfigureAwait(false);
        await using var provider = Client(emulator, [(Number, Unlimited)]);
        var client = provider.GetRequiredService<IWhatsAppClient>().Messages;
        await WarmUpAsync(client, concurrency).ConfigureAwait(false);

        probe.Begin();
        var result = await client.SendBulkAsync(UntilAsync(Number, duration), new BulkSendOptions { MaxConcurrency = concurrency }).ConfigureAwait(false);
        var used = probe.Stop();

        return Count(emulator, [Number], result.Messages.Count, result.Accepted, used, result.Messages);
    }

    /// <summary>Raw HttpClient posting pre-built JSON to the emulator: the cost of loopback HTTP and the emulator alone.</summary>
    private static async Task<Outcome> RawHttpClientAsync(TimeSpan duration, int concurrency)
    {
        const string Number = "160000000000000";
        using var probe = new RunProbe();
        await using var emulator = await StartEmulatorAsync([(Number, Unlimited)]).ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler()) { BaseAddress = emulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var uri = new Uri(emulator.BaseAddress, $"v26.0/{Number}/messages");
        var next = 0;
        var accepted = 0;

        async Task WorkerAsync(long deadline)
        {
            while (Environment.TickCount64 < deadline)
            {
                var i = Interlocked.Increment(ref next);
                Interlocked.Add(ref accepted, await RawAsync(http, uri, 0, i, 1).ConfigureAwait(false));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => WorkerAsync(Environment.TickCount64 + 1_000))).ConfigureAwait(false);
        emulator.Reset();
        next = 0;
        accepted = 0;
        await SettleAsync().ConfigureAwait(false);

        probe.Begin();
        var deadline = Environment.TickCount64 + (long)duration.TotalMilliseconds;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => WorkerAsync(deadline))).ConfigureAwait(false);
        var used = probe.Stop();

        return Count(emulator, [Number], next, accepted, used, []);
    }

    /// <summary>
    /// The baseline for the limited scenarios: raw HttpClient posting pre-built JSON on the same schedule as the SDK's
    /// limiter (slot i of a number at start + i / rate, one timer per send, the same number of senders per number),
    /// with no SDK at all: what pacing, loopback HTTP and the emulator cost on their own.
    /// </summary>
    private static async Task<Outcome> RawPacedAsync(int numberCount, int limit, int perNumber, int concurrency)
    {
        var numbers = Enumerable.Range(0, numberCount).Select(i => (150_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture)).ToArray();
        using var probe = new RunProbe();
        await using var emulator = await StartEmulatorAsync(numbers.Select(n => (n, limit))).ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler());
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        await RawAsync(http, new Uri(emulator.BaseAddress, $"v26.0/{WarmUpNumber}/messages"), 9, 0, 2_000).ConfigureAwait(false);
        await SettleAsync().ConfigureAwait(false);
        var next = new int[numberCount];
        var accepted = 0;
        var start = TimeProvider.System.GetTimestamp();

        async Task SenderAsync(int n)
        {
            var uri = new Uri(emulator.BaseAddress, $"v26.0/{numbers[n]}/messages");
            int i;
            while ((i = Interlocked.Increment(ref next[n]) - 1) < perNumber)
            {
                var wait = TimeSpan.FromSeconds((double)i / limit) - TimeProvider.System.GetElapsedTime(start);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds))).ConfigureAwait(false);
                }

                if (await RawAsync(http, uri, n, i, 1).ConfigureAwait(false) == 1)
                {
                    Interlocked.Increment(ref accepted);
                }
            }
        }

        probe.Begin();
        start = TimeProvider.System.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, numberCount).SelectMany(n => Enumerable.Range(0, concurrency).Select(_ => SenderAsync(n)))).ConfigureAwait(false);
        var used = probe.Stop();

        return Count(emulator, numbers, numberCount * perNumber, accepted, used, []);
    }

    /// <summary>Posts <paramref name="count"/> text messages one after the other; returns how many were accepted.</summary>
    private static async Task<int> RawAsync(HttpClient http, Uri uri, int numberIndex, int first, int count)
    {
        var accepted = 0;
        for (var i = first; i < first + count; i++)
        {
            var json = string.Create(CultureInfo.InvariantCulture, $$$"""{"messaging_product":"whatsapp","recipient_type":"individual","to":"{{{Recipient(numberIndex, i)}}}","type":"text","text":{"body":"campaign message {{{i}}}"}}""");
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(uri, content).ConfigureAwait(false);
            await response.Content.CopyToAsync(Stream.Null).ConfigureAwait(false);
            accepted += response.IsSuccessStatusCode ? 1 : 0;
        }

        return accepted;
    }

    private static Outcome Count(WhatsAppEmulator emulator, string[] numbers, int messages, int accepted, ProbeResult used, IEnumerable<BulkMessageResult> results)
    {
        var stats = emulator.Stats;
        var rateErrors = numbers.Sum(n => stats.PhoneNumbers.TryGetValue(n, out var c)
            ? c.ErrorCount(WhatsAppErrorCodes.ThroughputLimit) + c.ErrorCount(WhatsAppErrorCodes.PairRateLimit)
            : 0);
        foreach (var failure in results.Where(r => !r.IsAccepted).Take(3))
        {
            Console.WriteLine($"  failed: {failure.Message.Recipient}: {failure.Error?.GetType().Name}: {failure.Error?.Message}");
        }

        return new Outcome(messages, accepted, rateErrors, used);
    }

    private static Task<WhatsAppEmulator> StartEmulatorAsync(IEnumerable<(string Id, int Limit)> numbers)
    {
        var options = new EmulatorOptions();
        options.AccessTokens.Add(Token);
        foreach (var (id, limit) in numbers.Append((WarmUpNumber, WarmUpRate)))
        {
            options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = id, MessagesPerSecond = limit });
        }

        return WhatsAppEmulator.StartAsync(options);
    }

    /// <summary>The SDK as users register it, each number's rate set through the rate-limit options.</summary>
    private static ServiceProvider Client(WhatsAppEmulator emulator, IEnumerable<(string Id, int Limit)> numbers)
    {
        var services = new ServiceCollection();
        var builder = services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = Token;
            o.PhoneNumberId = WarmUpNumber;
            o.BaseAddress = emulator.BaseAddress;
        }).ConfigureRateLimiting(o =>
        {
            foreach (var (id, limit) in numbers.Append((WarmUpNumber, WarmUpRate)))
            {
                o.NumberMessagesPerSecond[id] = limit;
            }
        });
        if (s_maxConnections > 0)
        {
            builder.HttpClient.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { MaxConnectionsPerServer = s_maxConnections });
        }

        return services.BuildServiceProvider();
    }

    /// <summary>
    /// JIT, connection pool and emulator warmed up on a number of their own (at 2,000 mps for 1 s, so that the limiter's
    /// waiting path is warm too), so the timed part excludes start-up.
    /// </summary>
    private static async Task WarmUpAsync(IMessagesClient client, int concurrency)
    {
        var options = new SendMessageOptions { PhoneNumberId = WarmUpNumber };
        var warmUp = Enumerable.Range(0, 2_000).Select(i => new BulkMessage(Recipient(9, i), new TextMessage($"warm-up {i}")) { Options = options });
        var result = await client.SendBulkAsync(warmUp, new BulkSendOptions { MaxConcurrency = Math.Min(concurrency, 64) }).ConfigureAwait(false);
        if (result.Failed > 0)
        {
            throw new InvalidOperationException($"warm-up: {result.Failed} sends failed: {result.Messages.First(m => !m.IsAccepted).Error}");
        }

        await SettleAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Lets tiered compilation finish re-compiling the warmed-up code in the background (it starts ~100 ms after the
    /// last tier-0 call and would otherwise show up as CPU time of the timed part) and the GC settle.
    /// </summary>
    private static async Task SettleAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    private static IEnumerable<BulkMessage> Campaign(string number, int numberIndex, int count)
    {
        var options = new SendMessageOptions { PhoneNumberId = number };
        return Enumerable.Range(0, count).Select(i => new BulkMessage(Recipient(numberIndex, i), new TextMessage($"campaign message {i}")) { Options = options }).ToList();
    }

    private static async IAsyncEnumerable<BulkMessage> UntilAsync(string number, TimeSpan duration)
    {
        var options = new SendMessageOptions { PhoneNumberId = number };
        var deadline = Environment.TickCount64 + (long)duration.TotalMilliseconds;
        for (var i = 0; Environment.TickCount64 < deadline; i++)
        {
            yield return new BulkMessage(Recipient(0, i), new TextMessage($"campaign message {i}")) { Options = options };
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>A distinct recipient per message (and per number), so that no pair ever reaches the pair limit.</summary>
    private static string Recipient(int numberIndex, int i) =>
        "+44" + (7_000_000_000L + (numberIndex * 100_000_000L) + i).ToString(CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed record Outcome(int Messages, int Accepted, long RateErrors, ProbeResult Probe);
}
