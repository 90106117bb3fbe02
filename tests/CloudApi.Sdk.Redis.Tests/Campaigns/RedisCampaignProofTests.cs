using System.Diagnostics;
using System.Globalization;
using System.Text;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Redis.Campaigns;
using CloudApi.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.Redis.Tests.Campaigns;

/// <summary>
/// The campaigns proof: 10,000 messages over two worker processes (tests/CloudApi.Sdk.Redis.Tests.Consumer in
/// <c>campaign-worker</c> mode) sharing a real redis-server (campaign store and rate-limit store), against the emulator
/// with faults that leave the outcome unknown (accepted then dropped, answered past the client's timeout, 500 after
/// accepting). One worker is killed mid-way and a new one started. The emulator's signed status webhooks reach this
/// process's webhook endpoint, which applies them to the campaign by marker; unknown outcomes no status resolved (a
/// request that died with its worker before reaching the emulator) are reset for resending.
/// </summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisCampaignProofTests(RedisServerFixture redis)
{
    private const int Messages = 10_000;
    private const int MessagesPerSecond = 1_000;
    private static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Campaign_TwoWorkerProcessesOneKilledAndRestartedUnderFaults_EveryMessageAcceptedExactlyOnceAndEveryOutcomeKnown()
    {
        var run = "proof:" + Guid.NewGuid().ToString("N")[..8];
        var store = new RedisCampaignStore(redis.Connection, new RedisCampaignStoreOptions { KeyPrefix = run + ":campaigns" });
        const string Campaign = "spring-sale";
        await using var receiver = await StartWebhookReceiverAsync(store);
        var options = new EmulatorOptions { WebhookCallbackUri = new Uri(receiver.Urls.First() + "/webhook") };
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { MessagesPerSecond = MessagesPerSecond });
        options.Webhooks.SendDeliveredAndRead = false;
        options.Webhooks.QueueCapacity = Messages * 2;
        options.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.AcceptThenDrop, Probability = 0.01 });
        options.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.SlowResponse, Probability = 0.01, Delay = TimeSpan.FromSeconds(2) });
        options.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.AcceptThenServerError, Probability = 0.01 });
        await using var emulator = await WhatsAppEmulator.StartAsync(options, Ct);

        Assert.True(await store.CreateAsync(new CampaignInfo { Name = Campaign, CreatedAt = TimeProvider.System.GetUtcNow(), UnknownOutcomePolicy = UnknownOutcomePolicy.Resend, UnknownOutcomeTimeout = ResendAfter }, Ct));
        await store.AddMessagesAsync(Campaign, [.. Enumerable.Range(0, Messages).Select(i => new CampaignMessage
        {
            Index = i,
            Recipient = WhatsAppRecipient.PhoneNumber("+1555" + (2_000_000 + i).ToString(CultureInfo.InvariantCulture)),
            MessageType = "text",
            Content = Encoding.UTF8.GetBytes($$"""{"body":"Spring sale, message {{i}}"}"""),
            Marker = "~c:PROOF" + i.ToString(CultureInfo.InvariantCulture),
        })], Ct);
        await store.SealAsync(Campaign, Messages, Ct);
        await store.SetStateAsync(Campaign, CampaignRunState.Running, Ct);

        var workers = new List<WorkerProcess>();
        var resent = 0;
        try
        {
            workers.Add(StartWorker(run, Campaign, emulator, "worker-1"));
            workers.Add(StartWorker(run, Campaign, emulator, "worker-2"));
            await WaitUntilAsync(() => Task.FromResult(emulator.Stats.Total.Accepted >= Messages * 3 / 10), "30 % accepted", workers);
            workers[0].Kill();
            workers.Add(StartWorker(run, Campaign, emulator, "worker-1-restarted"));

            // The unknown-outcome policy (Resend), with its timeout longer than the webhooks' latency, as it must be: what no
            // status resolved within ResendAfter, at a moment the emulator had delivered the status of every message it
            // accepted, never reached it, and is sent again.
            await WaitUntilAsync(async () =>
            {
                var cutOff = TimeProvider.System.GetUtcNow() - ResendAfter;
                var stats = emulator.Stats;
                if (stats.WebhooksDelivered >= stats.Total.Accepted)
                {
                    foreach (var unresolved in await store.ListUnresolvedAsync(Campaign, cutOff, Ct))
                    {
                        resent += await store.ResetForResendAsync(Campaign, unresolved.Index, Ct) ? 1 : 0;
                    }
                }

                var counts = await store.GetCountsAsync(Campaign, Ct);
                return counts.Accepted + counts.Failed == Messages;
            }, "every message accepted or failed", workers);
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Kill();
            }
        }

        var final = await store.GetCountsAsync(Campaign, Ct);
        var unknowns = (long)await redis.Connection.GetDatabase().StringGetAsync(run + ":unknowns");
        var accepted = emulator.Messages.GroupBy(m => m.BizOpaqueCallbackData).ToDictionary(g => g.Key ?? "", g => g.Count());

        var twice = emulator.Messages.GroupBy(m => m.BizOpaqueCallbackData).Where(g => g.Count() > 1).Take(10)
            .Select(g => $"{g.Key}: +{(g.Last().AcceptedAt - g.First().AcceptedAt).TotalMilliseconds:0} ms").ToList();
        Assert.True(twice.Count == 0, $"unknowns {unknowns}, resent {resent}, 131000s {emulator.Stats.Total.ErrorCount(131000)}: {string.Join(", ", twice)}");
        Assert.Equal((Messages, 0L, 0L, 0L, 0L), (final.Accepted, final.Failed, final.OutcomeUnknown, final.Pending, final.InFlight));
        Assert.Equal(Messages, accepted.Count); // Every marker accepted by the emulator...
        Assert.All(accepted, a => Assert.Equal(1, a.Value)); // ...exactly once.
        Assert.True(unknowns > resent, $"the faults left {unknowns} outcomes unknown and {resent} were resent: the webhooks resolved the rest");
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.ThroughputLimit));
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.PairRateLimit));
        await foreach (var record in store.ReadMessagesAsync(Campaign, cancellationToken: Ct))
        {
            Assert.Equal(emulator.Messages.Single(m => m.BizOpaqueCallbackData == record.Marker).Id, record.MessageId);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"campaign proof: {unknowns} unknown outcomes, {resent} resent, {emulator.Stats.WebhooksDelivered} webhooks, {emulator.Stats.Total.ErrorCount(131000)} answered 500");
    }

    /// <summary>The webhook endpoint (signature checked with the emulator's app secret): each status goes to the campaign store by its marker.</summary>
    private static async Task<WebApplication> StartWebhookReceiverAsync(RedisCampaignStore store)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<WhatsAppOptions>(o => o.AppSecret = new EmulatorOptions().AppSecret);
        builder.Services.AddWhatsAppWebhooks().OnStatus(async (status, _, cancellationToken) =>
        {
            if (status.BizOpaqueCallbackData is { } marker)
            {
                await store.ApplyStatusAsync(marker, status.MessageId, status.Status, status.Timestamp,
                    status.Pricing?.Category, status.Pricing?.PricingModel, status.Pricing?.Billable, cancellationToken);
            }
        });
        var app = builder.Build();
        app.MapWhatsAppWebhook("/webhook");
        await app.StartAsync(Ct);
        return app;
    }

    private WorkerProcess StartWorker(string run, string campaign, WhatsAppEmulator emulator, string workerId)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CloudApi.Sdk.Redis.Tests.Consumer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] arguments =
        [
            dll, "campaign-worker", $"127.0.0.1:{redis.Port}", run, campaign, emulator.BaseAddress.ToString(), emulator.Options.AccessTokens[0],
            emulator.Options.PhoneNumbers[0].Id, MessagesPerSecond.ToString(CultureInfo.InvariantCulture), workerId, "16",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started."));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, List<WorkerProcess> workers)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (stopwatch.Elapsed > TimeSpan.FromSeconds(150))
            {
                Assert.Fail($"Not within 150 s: {what}. Workers' output: {string.Join("\n---\n", workers.Select(w => w.Output()))}");
            }

            await Task.Delay(200, Ct);
        }
    }

    /// <summary>A worker process, its output kept for failure messages.</summary>
    private sealed class WorkerProcess
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        public WorkerProcess(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Output()
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }

        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
