using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Redis.Campaigns;
using CloudApi.Sdk.Webhooks;
using StackExchange.Redis;

namespace CloudApi.Sdk.Benchmarks.Redis;

/// <summary>
/// The Redis campaign store's overhead per message, one stage of a message's life at a time (add, claim, mark in flight,
/// complete, apply a status), on a private <c>redis-server</c> over loopback. Each invocation runs the stage for
/// <see cref="Messages"/> messages of a fresh campaign prepared up to that stage, from <see cref="Workers"/> concurrent
/// callers on one connection; the time is per message. Round trips per message are counted once at set-up (the
/// multiplexer's operation counter) and printed as <c>// round trips per message</c>.
/// </summary>
[MemoryDiagnoser]
public class RedisCampaignStoreBenchmarks : IDisposable
{
    private const int Messages = 1_000;
    private const int ClaimBatch = 50;
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    private RedisServerProcess _redis = null!;
    private ConnectionMultiplexer _connection = null!;
    private RedisCampaignStore _store = null!;
    private string _campaign = "";
    private CampaignMessage[] _messages = [];
    private int _run;

    /// <summary>How many callers work on the stage at once (one connection, pipelined).</summary>
    [Params(1, 16)]
    public int Workers { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _redis = await RedisServerProcess.StartAsync();
        _connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{_redis.Port},syncTimeout=10000,asyncTimeout=10000");
        _store = new RedisCampaignStore(_connection, new RedisCampaignStoreOptions { KeyPrefix = "bench" });
        await _store.LoadScriptsAsync();
        await PrintRoundTripsAsync();
    }

    [IterationSetup(Target = nameof(AddMessages))]
    public void BeforeAdd() => Prepare(Stage.Created);

    [IterationSetup(Target = nameof(Claim))]
    public void BeforeClaim() => Prepare(Stage.Added);

    [IterationSetup(Target = nameof(MarkInFlight))]
    public void BeforeMarkInFlight() => Prepare(Stage.Claimed);

    [IterationSetup(Target = nameof(Complete))]
    public void BeforeComplete() => Prepare(Stage.InFlight);

    [IterationSetup(Target = nameof(ApplyStatus))]
    public void BeforeApplyStatus() => Prepare(Stage.Completed);

    /// <summary>AddMessagesAsync in chunks of <c>Messages / Workers</c> (the store splits them in batches of 500).</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public Task AddMessages() => ForEachWorkerAsync(async worker =>
    {
        var share = Messages / Workers;
        await _store.AddMessagesAsync(_campaign, new ArraySegment<CampaignMessage>(_messages, worker * share, share));
    });

    /// <summary>ClaimAsync of 50 at a time until nothing is left.</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public Task Claim() => ForEachWorkerAsync(async worker =>
    {
        while ((await _store.ClaimAsync(_campaign, Worker(worker), ClaimBatch, AbandonedAfter)).Count > 0)
        {
        }
    });

    [Benchmark(OperationsPerInvoke = Messages)]
    public Task MarkInFlight() => ForEachMessageAsync(async i =>
    {
        if (!await _store.MarkInFlightAsync(_campaign, i, Worker(0)))
        {
            throw new InvalidOperationException("not held");
        }
    });

    [Benchmark(OperationsPerInvoke = Messages)]
    public Task Complete() => ForEachMessageAsync(i =>
        _store.CompleteAsync(_campaign, i, Worker(0), CampaignMessageState.OutcomeUnknown, null, new CampaignMessageError { Kind = "TimeoutException", Message = "timed out" }).AsTask());

    /// <summary>ApplyStatusAsync of a <c>sent</c> status with pricing, resolving an unknown outcome (marker lookup, then the script).</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public Task ApplyStatus() => ForEachMessageAsync(i =>
        _store.ApplyStatusAsync(_messages[i].Marker, "wamid." + i.ToString(CultureInfo.InvariantCulture), DeliveryStatus.Sent, DateTimeOffset.UnixEpoch, "marketing", "PMP", true).AsTask());

    [GlobalCleanup]
    public void Dispose()
    {
        _connection?.Dispose();
        _redis?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string Worker(int worker) => "worker-" + worker.ToString(CultureInfo.InvariantCulture);

    private Task ForEachWorkerAsync(Func<int, Task> work) =>
        Workers == 1 ? work(0) : Task.WhenAll(Enumerable.Range(0, Workers).Select(work));

    /// <summary>The messages split between the workers, each worker one call after the other.</summary>
    private Task ForEachMessageAsync(Func<int, Task> work) => ForEachWorkerAsync(async worker =>
    {
        for (var i = worker; i < Messages; i += Workers)
        {
            await work(i);
        }
    });

    /// <summary>A fresh campaign (new name, new markers) brought up to <paramref name="stage"/>, all held by worker 0.</summary>
    private void Prepare(Stage stage) => PrepareAsync(stage).GetAwaiter().GetResult();

    private async Task PrepareAsync(Stage stage)
    {
        _campaign = "c" + (++_run).ToString(CultureInfo.InvariantCulture);
        _messages = [.. Enumerable.Range(0, Messages).Select(i => new CampaignMessage
        {
            Index = i,
            Recipient = WhatsAppRecipient.PhoneNumber("+1555" + (1_000_000 + i).ToString(CultureInfo.InvariantCulture)),
            MessageType = "text",
            Content = Encoding.UTF8.GetBytes($$"""{"body":"Hello from campaign message {{i}}"}"""),
            Marker = "~c:" + _campaign + ":" + i.ToString(CultureInfo.InvariantCulture),
        })];
        await _store.CreateAsync(new CampaignInfo { Name = _campaign, CreatedAt = DateTimeOffset.UnixEpoch, State = CampaignRunState.Running });
        if (stage >= Stage.Added)
        {
            await _store.AddMessagesAsync(_campaign, _messages);
        }

        if (stage >= Stage.Claimed)
        {
            while ((await _store.ClaimAsync(_campaign, Worker(0), 500, AbandonedAfter)).Count > 0)
            {
            }
        }

        for (var i = 0; stage >= Stage.InFlight && i < Messages; i++)
        {
            await _store.MarkInFlightAsync(_campaign, i, Worker(0));
        }

        for (var i = 0; stage >= Stage.Completed && i < Messages; i++)
        {
            await _store.CompleteAsync(_campaign, i, Worker(0), CampaignMessageState.OutcomeUnknown, null, new CampaignMessageError { Kind = "TimeoutException", Message = "timed out" });
        }
    }

    /// <summary>Runs each stage once on one caller and prints the multiplexer's operations (round trips) per message.</summary>
    private async Task PrintRoundTripsAsync()
    {
        var saved = Workers;
        Workers = 1;
        var line = new StringBuilder("// round trips per message:");
        (string Name, Stage Before, Func<Task> Run)[] stages =
        [
            ("add", Stage.Created, AddMessages),
            ("claim", Stage.Added, Claim),
            ("mark in flight", Stage.Claimed, MarkInFlight),
            ("complete", Stage.InFlight, Complete),
            ("apply status", Stage.Completed, ApplyStatus),
        ];
        foreach (var (name, before, run) in stages)
        {
            await PrepareAsync(before);
            var operations = _connection.GetCounters().Interactive.OperationCount;
            await run();
            var perMessage = (double)(_connection.GetCounters().Interactive.OperationCount - operations) / Messages;
            line.Append(CultureInfo.InvariantCulture, $" {name} {perMessage:0.###};");
        }

        Workers = saved;
        Console.WriteLine(line.ToString());
    }

    private enum Stage
    {
        Created,
        Added,
        Claimed,
        InFlight,
        Completed,
    }
}
