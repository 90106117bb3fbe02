using System.Diagnostics;
using System.Globalization;
using CloudApi.Sdk.Emulator;

namespace CloudApi.Sdk.Benchmarks.ColdStart;

/// <summary>
/// A new process's time to its first accepted send, the cost a serverless function pays on every cold start. A timed
/// run, not BenchmarkDotNet (each sample is a whole process):
/// <c>dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- cold-start [--runs 5] [--phases] [--ready-to-run]</c>.
/// The in-process emulator answers on loopback; each mode of <c>benchmarks/CloudApi.Sdk.ColdStart</c> (built in Release)
/// is started <c>--runs</c> times, modes interleaved so that drift in the machine's load hits them alike, and timed from
/// <see cref="Process.Start()"/> to exit. The table gives each mode's median and its ratio to the raw HttpClient's median
/// in the same run, and the same for the process's CPU time (all threads, as the probe reports it at exit), which a
/// loaded machine disturbs less than wall time. <c>--phases</c> also prints one run of each mode with the time at each step.
/// <c>--ready-to-run</c> publishes the probe with <c>PublishReadyToRun</c> (what serverless guides advise for cold starts):
/// every assembly, the SDK and Microsoft.Extensions.* included, is then precompiled, so what is left is the work itself.
/// </summary>
internal static class ColdStartRun
{
    public const string Mode = "cold-start";
    private const string Token = "cold-start-token";
    private const string PhoneNumberId = "106540352242922";

    private static readonly (string Mode, string Name)[] Modes =
    [
        ("raw", "raw HttpClient (baseline): a JSON string posted, the answer parsed with JsonDocument"),
        ("create", "SDK without DI: WhatsAppClient.Create, SendTextAsync"),
        ("di", "SDK through DI: AddWhatsAppCloudApi, BuildServiceProvider, SendTextAsync"),
        ("di-unlimited", "SDK through DI, rate limiter off"),
        ("factory-floor", "floor of a DI client: ServiceCollection, IHttpClientFactory, IOptions, then the raw send"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(5);
        var readyToRun = args.Contains("--ready-to-run");
        var probe = await ProbeAsync(readyToRun).ConfigureAwait(false);
        var options = new EmulatorOptions { PairLimitBurst = 1_000_000 };
        options.AccessTokens.Add(Token);
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = PhoneNumberId });
        await using var emulator = await WhatsAppEmulator.StartAsync(options).ConfigureAwait(false);

        // One unmeasured run per mode: the first start of a new binary pays for the disk cache.
        foreach (var (mode, _) in Modes)
        {
            await TimeAsync(probe, mode, emulator.BaseAddress, phases: false).ConfigureAwait(false);
        }

        var samples = Modes.ToDictionary(m => m.Mode, _ => new List<double>());
        var cpu = Modes.ToDictionary(m => m.Mode, _ => new List<double>());
        for (var run = 0; run < runs; run++)
        {
            foreach (var (mode, _) in Modes)
            {
                var (wall, cpuTime) = await TimeAsync(probe, mode, emulator.BaseAddress, phases: false).ConfigureAwait(false);
                samples[mode].Add(wall);
                cpu[mode].Add(cpuTime);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Cold start to the first accepted send{(readyToRun ? " (ReadyToRun)" : string.Empty)}: {runs} whole-process runs per mode, {Environment.ProcessorCount} cores, " +
            $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}"));
        Console.WriteLine();
        Console.WriteLine("| Mode | Wall median | Min | Max | Ratio to raw | CPU median | CPU ratio to raw |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var raw = Median(samples["raw"]);
        var rawCpu = Median(cpu["raw"]);
        foreach (var (mode, name) in Modes)
        {
            var s = samples[mode];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Median(s):F0} ms | {s.Min():F0} ms | {s.Max():F0} ms | {Median(s) / raw:F2}× | {Median(cpu[mode]):F0} ms | {Median(cpu[mode]) / rawCpu:F2}× |"));
        }

        if (args.Contains("--phases"))
        {
            foreach (var (mode, _) in Modes)
            {
                Console.WriteLine();
                Console.WriteLine($"phases of one '{mode}' run:");
                await TimeAsync(probe, mode, emulator.BaseAddress, phases: true).ConfigureAwait(false);
            }
        }

        return 0;
    }

    private static async Task<(double Wall, double Cpu)> TimeAsync(string probe, string mode, Uri baseAddress, bool phases)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = !phases,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { probe, mode, baseAddress.ToString(), Token, PhoneNumberId, "+16505551234" })
        {
            start.ArgumentList.Add(argument);
        }

        if (phases)
        {
            start.ArgumentList.Add("--phases");
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = phases ? Task.FromResult(string.Empty) : process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cold-start probe '{mode}' exited with {process.ExitCode}: {await error.ConfigureAwait(false)}");
        }

        var cpuLine = (await output.ConfigureAwait(false)).Split('\n').FirstOrDefault(l => l.StartsWith("cpu-ms=", StringComparison.Ordinal));
        return (elapsed, cpuLine is null ? double.NaN : double.Parse(cpuLine["cpu-ms=".Length..], CultureInfo.InvariantCulture));
    }

    /// <summary>Builds (or publishes ReadyToRun) the probe in Release, once per run of this benchmark, and returns its dll.</summary>
    private static async Task<string> ProbeAsync(bool readyToRun)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "CloudApi.Sdk.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from the repository");
        }

        var project = Path.Combine(root, "benchmarks", "CloudApi.Sdk.ColdStart");
        var output = Path.Combine(project, "bin", "Release", "net10.0", readyToRun ? "ready-to-run" : string.Empty);
        string[] command = readyToRun
            ? ["publish", project, "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false",
                "-p:PublishReadyToRun=true", "-o", output, "-v", "q", "-nologo"]
            : ["build", project, "-c", "Release", "-v", "q", "-nologo"];
        var build = new ProcessStartInfo("dotnet", command) { UseShellExecute = false };
        using (var process = Process.Start(build)!)
        {
            await process.WaitForExitAsync().ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("building the cold-start probe failed");
            }
        }

        return Path.Combine(output, "CloudApi.Sdk.ColdStart.dll");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
