using System.Diagnostics;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Redis.Tests;

/// <summary>Campaigns over real HTTP against the emulator (which enforces Meta's limits), on real time.</summary>
[Collection(RedisServerGroup.Name)]
public sealed class EmulatorEndToEndTests(RedisServerFixture redis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendBulkAsync_CampaignWithBurst_ZeroServerRateErrors()
    {
        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions(), Ct);
        await using var provider = Client(emulator, redisStore: false, out var client);
        var messages = Enumerable.Range(0, 300).Select(i => new BulkMessage(i < 46 ? "+15550000001" : $"+1555{1_000_000 + (i % 100)}", new TextMessage($"m{i}"))).ToList();
        var throughputErrorsBefore = await WarmUpAsync(emulator, client);

        var result = await client.Messages.SendBulkAsync(messages, cancellationToken: Ct);

        Assert.Equal(300, result.Accepted);
        Assert.Equal(throughputErrorsBefore, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.ThroughputLimit));
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.PairRateLimit));
    }

    [Fact]
    public async Task SendAsync_Injected131056_RetriedAfter1sThen4s()
    {
        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions(), Ct);
        emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.PairRateLimit, Count = 2 });
        await using var provider = Client(emulator, redisStore: false, out var client);

        var stopwatch = Stopwatch.StartNew();
        var sent = await client.Messages.SendTextAsync("+15550000002", "hi", cancellationToken: Ct);
        stopwatch.Stop();

        Assert.StartsWith("wamid.", sent.MessageId, StringComparison.Ordinal);
        Assert.Equal(2, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.PairRateLimit));
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task SendBulkAsync_TwoClientsSharingRedis_StayWithinTheNumbersRate()
    {
        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions(), Ct);
        await using var first = Client(emulator, redisStore: true, out var a);
        await using var second = Client(emulator, redisStore: true, out var b);
        const int PerClient = 120;

        // 16 in flight per client, as in the tests below, in a warmed-up process: a cold process's first second
        // bunches arrivals at the strict judge now and then (issue 17, still open; docs/benchmarks.md).
        var bulk = new BulkSendOptions { MaxConcurrency = 16 };
        await WarmUpAsync(emulator, a);
        var throughputErrorsBefore = await WarmUpAsync(emulator, b);
        var stopwatch = Stopwatch.StartNew();
        var results = await Task.WhenAll(
            a.Messages.SendBulkAsync(Campaign("+1555200", PerClient), bulk, Ct),
            b.Messages.SendBulkAsync(Campaign("+1555300", PerClient), bulk, Ct));
        stopwatch.Stop();

        Assert.All(results, r => Assert.Equal(PerClient, r.Accepted));
        Assert.Equal(throughputErrorsBefore, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.ThroughputLimit));

        // 240 messages at 80 mps need at least 239 intervals: two limiters sharing Redis did not double the rate.
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(239 / 80.0), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task SendBulkAsync_RedisRestartedMidCampaign_NoServerRateErrors()
    {
        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions(), Ct);
        await using var provider = Client(emulator, redisStore: true, out var client, maxQueue: 80);

        // Warmed up as the two-client test is, so that what is measured is the restart, not a cold process's first second.
        var throughputErrorsBefore = await WarmUpAsync(emulator, client);
        var campaign = client.Messages.SendBulkAsync(Campaign("+1555400", 200, sameRecipientEvery: 20), new BulkSendOptions { MaxConcurrency = 16 }, Ct);
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        await redis.RestartAsync();
        var result = await campaign;

        // Sends waited through the restart instead of being refused, and the restart let no burst through.
        Assert.Equal(200, result.Accepted);
        Assert.Equal(throughputErrorsBefore, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.ThroughputLimit));
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.PairRateLimit));
    }

    [Fact]
    public async Task SendBulkAsync_RedisDownMidCampaign_SendsWaitForItAndNoneIsRefused()
    {
        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions(), Ct);
        await using var provider = Client(emulator, redisStore: true, out var client, maxQueue: 80);
        var store = _store!;

        var campaign = client.Messages.SendBulkAsync(Campaign("+1555500", 160, sameRecipientEvery: 20), new BulkSendOptions { MaxConcurrency = 16 }, Ct);
        await WaitUntilAsync(() => emulator.Stats.Total.Accepted >= 40);
        redis.Stop();
        await WaitUntilAsync(() => store.WaitingForRedis > 0);
        await redis.StartAgainAsync();
        var result = await campaign;

        Assert.Equal(160, result.Accepted);
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.ThroughputLimit));
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.PairRateLimit));
    }

    [Fact]
    public async Task SendBulkAsync_RedisDownMidCampaignWithLocalFallback_NoneRefusedAndNoBurstAfterItCameBack()
    {
        await using var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions(), Ct);
        await using var provider = Client(emulator, redisStore: true, out var client, maxQueue: 40, fallback: true);
        var store = _store!;

        var campaign = client.Messages.SendBulkAsync(Campaign("+1555600", 200, sameRecipientEvery: 20), new BulkSendOptions { MaxConcurrency = 16 }, Ct);
        await WaitUntilAsync(() => emulator.Stats.Total.Accepted >= 40);
        redis.Stop();
        await WaitUntilAsync(() => store.IsUsingFallback);
        var duringOutage = emulator.Stats.Total.Accepted;
        await WaitUntilAsync(() => emulator.Stats.Total.Accepted >= duringOutage + 20);
        await redis.StartAgainAsync();
        var result = await campaign;

        Assert.Equal(200, result.Accepted);
        Assert.False(store.IsUsingFallback);
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.ThroughputLimit));
        Assert.Equal(0, emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.PairRateLimit));
    }

    /// <summary>Polls a condition of the real-time run (a real redis-server and emulator), bounded.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>
    /// Warms the process up (compiled code, open connections) with 40 sends, waits out their second at the judge, and
    /// returns the throughput refusals so far: the tests judge a warmed-up sender (a cold start's first second is issue 17's open part).
    /// </summary>
    private static async Task<long> WarmUpAsync(WhatsAppEmulator emulator, IWhatsAppClient client)
    {
        var warmUp = await client.Messages.SendBulkAsync(Campaign("+1555900", 40), new BulkSendOptions { MaxConcurrency = 16 }, Ct);
        Assert.Equal(40, warmUp.Accepted);
        await Task.Delay(TimeSpan.FromSeconds(1.1), Ct);
        return emulator.Stats.Total.ErrorCount(WhatsAppErrorCodes.ThroughputLimit);
    }

    private static IEnumerable<BulkMessage> Campaign(string prefix, int count, int sameRecipientEvery = 0) =>
        Enumerable.Range(0, count).Select(i => new BulkMessage(
            sameRecipientEvery > 0 && i % sameRecipientEvery == 0 ? prefix + "0000" : prefix + (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            new TextMessage($"m{i}")));

    private RedisRateLimitStore? _store;

    private ServiceProvider Client(WhatsAppEmulator emulator, bool redisStore, out IWhatsAppClient client, int maxQueue = 1_000, bool fallback = false)
    {
        var services = new ServiceCollection();
        var builder = services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = emulator.Options.AccessTokens[0];
            o.PhoneNumberId = emulator.Options.PhoneNumbers[0].Id;
            o.BaseAddress = emulator.BaseAddress;
        }).ConfigureRateLimiting(o => o.MaxQueueLength = maxQueue);
        if (redisStore)
        {
            var prefix = "e2e:" + emulator.BaseAddress.Port;
            var store = new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = prefix, FallbackToLocal = fallback });
            _store = store;
            builder.UseRateLimitStore(_ => store);
        }

        var provider = services.BuildServiceProvider();
        client = provider.GetRequiredService<IWhatsAppClient>();
        return provider;
    }
}
