using System.Diagnostics;
using System.Globalization;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Redis;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CloudApi.Sdk.Benchmarks.Rate;

/// <summary>
/// The achieved rate of one number shared by separate processes through the Redis store: the parent runs the emulator
/// (the judge: arrivals in a strict sliding one-second window) and a private redis-server, and starts
/// <c>processes</c> worker processes (this program in <see cref="WorkerMode"/>). Each worker registers the SDK with the
/// Redis store, warms up on a number of its own, reports ready, and on "go" sends its share of
/// <c>limit × seconds</c> messages with <c>SendBulkAsync</c>. Achieved rate = accepted / (earliest start to latest end).
/// The judge runs without garbage collections during the timed part (<see cref="GcFreeJudge"/>), and each worker prints
/// its limiter's waits by reason on the error stream (<see cref="WaitTally"/>). With <c>redis</c> off, one worker uses the
/// default in-memory store: the one-process configuration with the judge out of the SDK's process, as Meta's is.
/// </summary>
internal static class SharedRedisRun
{
    public const string WorkerMode = "achieved-rate-worker";
    private const string Token = "rate-run-token";
    private const string Number = "185000000000000";

    /// <param name="processes">How many worker processes share the number.</param>
    /// <param name="limit">The number's limit (messages per second) at the judge and in each worker's limiter.</param>
    /// <param name="seconds">The run's length at the limit: the workers send <c>limit × seconds</c> messages together.</param>
    /// <param name="concurrency">Each worker's <c>MaxConcurrency</c>.</param>
    /// <param name="workerEnvironment">Environment variables for the workers (runtime knobs such as <c>DOTNET_TieredPGO=0</c>).</param>
    /// <param name="arrivalsFile">Where to write the judge's accepted arrivals (UTC ticks and recipient, one per line), if anywhere.</param>
    /// <param name="redis">Whether the workers share a Redis store; without it each worker limits with the in-memory store.</param>
    public static async Task<(int Messages, int Accepted, long RateErrors, TimeSpan Elapsed)> RunAsync(
        int processes, int limit, int seconds, int concurrency, IReadOnlyDictionary<string, string> workerEnvironment, string? arrivalsFile, bool redis = true)
    {
        using var server = redis ? await Redis.RedisServerProcess.StartAsync().ConfigureAwait(false) : null;
        var options = new EmulatorOptions();
        options.AccessTokens.Add(Token);
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = Number, MessagesPerSecond = limit });
        for (var p = 0; p < processes; p++)
        {
            options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = WarmUpNumber(p), MessagesPerSecond = 2_000 });
        }

        await using var emulator = await WhatsAppEmulator.StartAsync(options).ConfigureAwait(false);
        var total = limit * seconds;
        var workers = Enumerable.Range(0, processes).Select(p => StartWorker(emulator.BaseAddress, server?.Port ?? 0, p, limit, total / processes, concurrency, workerEnvironment)).ToList();
        try
        {
            foreach (var worker in workers)
            {
                await ExpectAsync(worker, "ready").ConfigureAwait(false);
            }

            using var judge = GcFreeJudge.Start(total);
            foreach (var worker in workers)
            {
                await worker.StandardInput.WriteLineAsync("go").ConfigureAwait(false);
                await worker.StandardInput.FlushAsync().ConfigureAwait(false);
            }

            var reports = new List<string[]>();
            foreach (var worker in workers)
            {
                reports.Add((await ExpectAsync(worker, "done").ConfigureAwait(false)).Split(' '));
                await worker.WaitForExitAsync().ConfigureAwait(false);
            }

            judge.Report();
            if (arrivalsFile is not null)
            {
                await AchievedRateRun.WriteArrivalsAsync(emulator, [Number], arrivalsFile).ConfigureAwait(false);
            }

            var start = reports.Min(r => long.Parse(r[1], CultureInfo.InvariantCulture));
            var end = reports.Max(r => long.Parse(r[2], CultureInfo.InvariantCulture));
            var accepted = reports.Sum(r => int.Parse(r[3], CultureInfo.InvariantCulture));
            var stats = emulator.Stats.PhoneNumbers[Number];
            var rateErrors = stats.ErrorCount(WhatsAppErrorCodes.ThroughputLimit) + stats.ErrorCount(WhatsAppErrorCodes.PairRateLimit);
            return (total / processes * processes, accepted, rateErrors, TimeSpan.FromTicks(end - start));
        }
        finally
        {
            foreach (var worker in workers)
            {
                if (!worker.HasExited)
                {
                    worker.Kill();
                }

                worker.Dispose();
            }
        }
    }

    /// <summary>One worker: <c>achieved-rate-worker base-address redis-port index limit count concurrency</c> (port 0: the in-memory store).</summary>
    public static async Task<int> WorkerAsync(string[] args)
    {
        var baseAddress = new Uri(args[0]);
        var redisPort = int.Parse(args[1], CultureInfo.InvariantCulture);
        var index = int.Parse(args[2], CultureInfo.InvariantCulture);
        var limit = int.Parse(args[3], CultureInfo.InvariantCulture);
        var count = int.Parse(args[4], CultureInfo.InvariantCulture);
        var concurrency = int.Parse(args[5], CultureInfo.InvariantCulture);

        await using var connection = redisPort == 0 ? null : await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redisPort}").ConfigureAwait(false);
        var services = new ServiceCollection();
        var builder = services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = Token;
            o.PhoneNumberId = Number;
            o.BaseAddress = baseAddress;
        }).ConfigureRateLimiting(o =>
        {
            o.NumberMessagesPerSecond[Number] = limit;
            o.NumberMessagesPerSecond[WarmUpNumber(index)] = 2_000;
        });
        if (connection is not null)
        {
            builder.UseRedisRateLimitStore(_ => connection, null);
        }

        await using var provider = services.BuildServiceProvider();
        var messages = provider.GetRequiredService<IWhatsAppClient>().Messages;

        var warmUpOptions = new SendMessageOptions { PhoneNumberId = WarmUpNumber(index) };
        var warmUp = await messages.SendBulkAsync(
            Enumerable.Range(0, 1_000).Select(i => new BulkMessage(Recipient(90 + index, i), new TextMessage($"warm-up {i}")) { Options = warmUpOptions }),
            new BulkSendOptions { MaxConcurrency = concurrency }).ConfigureAwait(false);
        if (warmUp.Failed > 0)
        {
            await Console.Error.WriteLineAsync($"warm-up failed: {warmUp.Messages.First(m => !m.IsAccepted).Error}").ConfigureAwait(false);
            return 1;
        }

        var campaign = Enumerable.Range(0, count).Select(i => new BulkMessage(Recipient(index, i), new TextMessage($"campaign message {i}"))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        Console.WriteLine("ready");
        if (await Console.In.ReadLineAsync().ConfigureAwait(false) != "go")
        {
            return 1;
        }

        using var waits = new WaitTally();
        var started = TimeProvider.System.GetUtcNow().UtcTicks;
        var result = await messages.SendBulkAsync(campaign, new BulkSendOptions { MaxConcurrency = concurrency }).ConfigureAwait(false);
        var ended = TimeProvider.System.GetUtcNow().UtcTicks;
        await Console.Error.WriteLineAsync($"worker {index} waits: {waits}").ConfigureAwait(false);
        foreach (var failure in result.Messages.Where(m => !m.IsAccepted).Take(3))
        {
            await Console.Error.WriteLineAsync($"failed: {failure.Error?.GetType().Name}: {failure.Error?.Message}").ConfigureAwait(false);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done {started} {ended} {result.Accepted}"));
        return 0;
    }

    private static Process StartWorker(Uri baseAddress, int redisPort, int index, int limit, int count, int concurrency, IReadOnlyDictionary<string, string> environment)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var arguments = string.Create(CultureInfo.InvariantCulture, $"{WorkerMode} {baseAddress} {redisPort} {index} {limit} {count} {concurrency}");
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            arguments = $"\"{typeof(SharedRedisRun).Assembly.Location}\" {arguments}";
        }

        var start = new ProcessStartInfo(host, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The worker process could not be started.");
    }

    private static async Task<string> ExpectAsync(Process worker, string word)
    {
        while (await worker.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (line.StartsWith(word, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"A worker exited (code {(worker.HasExited ? worker.ExitCode : -1)}) before it said '{word}'.");
    }

    private static string WarmUpNumber(int index) => (195_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);

    private static string Recipient(int worker, int i) =>
        "+44" + (7_000_000_000L + (worker * 100_000_000L) + i).ToString(CultureInfo.InvariantCulture);
}
