using System.Diagnostics;
using System.Globalization;
using System.Text;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.AspNetCore.Campaigns;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
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
/// process's webhook endpoint, whose campaign reconciliation applies them by marker; an unknown outcome no status resolved
/// within 10 s (a request that never reached the emulator) is sent again by the engine's Resend policy.
/// </summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisCampaignProofTests(RedisServerFixture redis)
{
    private const int Messages = 10_000;
    private const int MessagesPerSecond = 1_000;
    private static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Campaign_TwoWorkerProcessesOneKilledAndRestartedUnderFaults_EveryMessageAcceptedExactlyOnceAndEveryOutcomeKnown()
    {
        var run = "proof:" + Guid.NewGuid().ToString("N")[..8];
        const string Campaign = "spring-sale";
        var options = new EmulatorOptions();
        options.PhoneNumbers.Add(new EmulatedPhoneNumber { MessagesPerSecond = MessagesPerSecond });
        options.Webhooks.SendDeliveredAndRead = false;
        options.Webhooks.QueueCapacity = Messages * 2;
        options.Webhooks.MaxConcurrentDeliveries = 16;
        options.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.AcceptThenDrop, Probability = 0.01 });
        options.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.SlowResponse, Probability = 0.01, Delay = TimeSpan.FromSeconds(2) });
        options.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.AcceptThenServerError, Probability = 0.01 });
        await using var receiver = await StartWebhookReceiverAsync(run, options.AppSecret);
        options.WebhookCallbackUri = new Uri(receiver.Urls.First() + "/webhook");
        await using var emulator = await WhatsAppEmulator.StartAsync(options, Ct);

        // The campaign is created by this process through the SDK's engine; the workers only run it.
        var campaigns = receiver.Services.GetRequiredService<IWhatsAppCampaigns>();
        await campaigns.CreateAsync(
            Campaign,
            Enumerable.Range(0, Messages).Select(i => new BulkMessage("+1555" + (2_000_000 + i).ToString(CultureInfo.InvariantCulture), new TextMessage($"Spring sale, message {i}"))),
            new CampaignCreateOptions { UnknownOutcomePolicy = UnknownOutcomePolicy.Resend, UnknownOutcomeTimeout = ResendAfter },
            Ct);
        await campaigns.StartAsync(Campaign, Ct);

        var workers = new List<WorkerProcess>();
        try
        {
            workers.Add(StartWorker(run, Campaign, emulator, "worker-1"));
            workers.Add(StartWorker(run, Campaign, emulator, "worker-2"));
            await WaitUntilAsync(() => Task.FromResult(emulator.Stats.Total.Accepted >= Messages * 3 / 10), "30 % accepted", workers);
            workers[0].Kill();
            workers.Add(StartWorker(run, Campaign, emulator, "worker-1-restarted"));
            await WaitUntilAsync(async () => (await campaigns.GetAsync(Campaign, Ct))?.State == CampaignRunState.Completed, "the campaign completed", workers);
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Kill();
            }
        }

        var final = (await campaigns.GetProgressAsync(Campaign, Ct)).Counts;
        var accepted = emulator.Messages.GroupBy(m => m.BizOpaqueCallbackData).ToDictionary(g => g.Key ?? "", g => g.Count());
        var twice = accepted.Where(a => a.Value > 1).Take(10).Select(a => a.Key).ToList();
        Assert.True(twice.Count == 0, $"accepted more than once: {string.Join(", ", twice)}");
        Assert.Equal((Messages, 0L, 0L, 0L, 0L), (final.Accepted, final.Failed, final.OutcomeUnknown, final.Pending, final.InFlight));
        Assert.Equal(Messages, accepted.Count); // Every marker accepted by the emulator...
        Assert.All(accepted, a => Assert.Equal(1, a.Value)); // ...exactly once.

        // Each 500 after accepting left the sender with an unknown outcome for a message the emulator had accepted: only its
        // status webhook could resolve it (a resend would have been accepted twice, which the line above rules out).
        Assert.True(emulator.Stats.Total.ErrorCount(131000) > 0, "the faults answered no send with a 500 after accepting it");
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.ThroughputLimit));
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.PairRateLimit));
        var idByMarker = emulator.Messages.ToDictionary(m => m.BizOpaqueCallbackData ?? "", m => m.Id);
        await foreach (var record in campaigns.ReadResultsAsync(Campaign, Ct))
        {
            Assert.Equal(idByMarker[record.Marker], record.MessageId);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"campaign proof: {emulator.Stats.WebhooksDelivered} webhooks, {emulator.Stats.Total.ErrorCount(131000)} answered 500 after accepting");
    }

    /// <summary>
    /// The webhook endpoint (signature checked with the emulator's app secret) with the SDK's campaign reconciliation, on
    /// the same Redis campaign store as the workers; its service provider also creates and watches the campaign.
    /// </summary>
    private async Task<WebApplication> StartWebhookReceiverAsync(string run, string appSecret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = "proof-token";
            o.AppSecret = appSecret;
        }).UseRedisCampaignStore(_ => redis.Connection, o => o.KeyPrefix = run + ":campaigns");
        builder.Services.AddWhatsAppWebhooks().AddCampaignReconciliation();
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
