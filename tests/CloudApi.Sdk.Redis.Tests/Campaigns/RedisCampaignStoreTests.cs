using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Redis.Campaigns;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Tests.Campaigns;

/// <summary>What only a shared store must show: several stores on their own connections (as several processes) share a campaign.</summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisCampaignStoreTests(RedisServerFixture redis)
{
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClaimAsync_TwoStoresOnTwoConnectionsRacing_EachMessageHeldOnce()
    {
        const int Messages = 2_000;
        var options = new RedisCampaignStoreOptions { KeyPrefix = Prefix() };
        await using var first = await ConnectAsync();
        await using var second = await ConnectAsync();
        var stores = new[] { new RedisCampaignStore(first, options), new RedisCampaignStore(second, options) };
        await CreateAsync(stores[0], "race", Messages);
        var held = new ConcurrentBag<(long Index, string Worker)>();

        // Four workers per store, each claiming small batches as fast as it can until nothing is left.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var store = stores[w % 2];
            var worker = "w" + w.ToString(CultureInfo.InvariantCulture);
            while (await store.ClaimAsync("race", worker, 7, AbandonedAfter, Ct) is { Count: > 0 } claimed)
            {
                foreach (var message in claimed)
                {
                    held.Add((message.Index, worker));
                }
            }
        }, Ct)));

        Assert.Equal(Messages, held.Count);
        Assert.Equal(Enumerable.Range(0, Messages).Select(i => (long)i), held.Select(h => h.Index).Order());
        Assert.True(held.Select(h => h.Worker).Distinct().Count() > 1, "the workers shared the work");
    }

    [Fact]
    public async Task MarkInFlightAsync_TwoStoresRacingForOneTakenOverMessage_OnlyTheHolderSends()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T10:00:00Z", CultureInfo.InvariantCulture));
        var options = new RedisCampaignStoreOptions { KeyPrefix = Prefix() };
        await using var first = await ConnectAsync();
        await using var second = await ConnectAsync();
        var a = new RedisCampaignStore(first, options, time);
        var b = new RedisCampaignStore(second, options, time);
        await CreateAsync(a, "takeover", 3);

        Assert.Equal(3, (await a.ClaimAsync("takeover", "a", 10, AbandonedAfter, Ct)).Count);
        time.Advance(AbandonedAfter + TimeSpan.FromSeconds(1));
        var taken = await b.ClaimAsync("takeover", "b", 10, AbandonedAfter, Ct);

        Assert.Equal([0L, 1L, 2L], taken.Select(m => m.Index));
        Assert.False(await a.MarkInFlightAsync("takeover", 0, "a", Ct)); // The slow worker lost its hold: it must not send.
        Assert.True(await b.MarkInFlightAsync("takeover", 0, "b", Ct));
        Assert.False(await b.MarkInFlightAsync("takeover", 0, "b", Ct)); // Compare-and-set: in flight once.
        Assert.Equal(1, (await a.GetCountsAsync("takeover", Ct)).InFlight);
    }

    [Fact]
    public async Task ClaimAsync_HolderHeartbeatExpired_TakenOverAsStoredAndLiveHoldersKept()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T10:00:00Z", CultureInfo.InvariantCulture));
        var store = new RedisCampaignStore(redis.Connection, new RedisCampaignStoreOptions { KeyPrefix = Prefix() }, time);
        await CreateAsync(store, "expiry", 6);
        var dead = await store.ClaimAsync("expiry", "dead", 3, AbandonedAfter, Ct);
        Assert.True(await store.MarkInFlightAsync("expiry", dead[1].Index, "dead", Ct));
        await store.ClaimAsync("expiry", "alive", 2, AbandonedAfter, Ct);

        time.Advance(AbandonedAfter - TimeSpan.FromSeconds(1));
        await store.HeartbeatAsync("expiry", "alive", Ct);
        var early = await store.ClaimAsync("expiry", "early", 10, AbandonedAfter, Ct);
        Assert.Equal([5L], early.Select(m => m.Index)); // Not expired yet: only the one claimable message.
        time.Advance(TimeSpan.FromSeconds(2));
        var taken = await store.ClaimAsync("expiry", "next", 10, AbandonedAfter, Ct);

        // Only the dead worker's messages, as it left them: one may have been sent (InFlight), the others were not.
        Assert.Equal([0L, 1L, 2L], taken.Select(m => m.Index));
        Assert.Equal([CampaignMessageState.Pending, CampaignMessageState.InFlight, CampaignMessageState.Pending], taken.Select(m => m.State));
        Assert.Equal(1, taken[1].Attempts);
    }

    [Fact]
    public async Task CampaignStore_WorkerConnectionDroppedMidCampaignAndANewOneResumes_NothingLostNothingTwice()
    {
        const int Messages = 300;
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T10:00:00Z", CultureInfo.InvariantCulture));
        var options = new RedisCampaignStoreOptions { KeyPrefix = Prefix() };
        var sends = new ConcurrentDictionary<long, int>();
        await using (var crashed = await ConnectAsync())
        {
            var store = new RedisCampaignStore(crashed, options, time);
            await CreateAsync(store, "resume", Messages);
            await SendAsync(store, "first", 100, sends); // Completes 100.
            var leftHalfDone = await store.ClaimAsync("resume", "first", 20, AbandonedAfter, Ct);
            foreach (var message in leftHalfDone.Take(10))
            {
                Assert.True(await store.MarkInFlightAsync("resume", message.Index, "first", Ct)); // Written, answer never seen.
                sends.AddOrUpdate(message.Index, 1, static (_, n) => n + 1);
            }
        }

        // A new process (new connection, new worker id), once the first one's heartbeat expired.
        time.Advance(AbandonedAfter + TimeSpan.FromSeconds(1));
        await using var restarted = await ConnectAsync();
        var resumed = new RedisCampaignStore(restarted, options, time);
        var inFlight = await SendAsync(resumed, "second", int.MaxValue, sends);

        Assert.Equal(10, inFlight); // Handed over InFlight, so not sent again by the crash alone.
        Assert.Equal(Messages, sends.Count);
        Assert.All(sends.Values, n => Assert.Equal(1, n));
        var counts = await resumed.GetCountsAsync("resume", Ct);
        Assert.Equal((Messages - 10, 10L, 0L), (counts.Accepted, counts.OutcomeUnknown, counts.Pending + counts.InFlight));
        var records = await resumed.ReadMessagesAsync("resume", cancellationToken: Ct).ToListAsync(Ct);
        Assert.Equal(Enumerable.Range(0, Messages).Select(i => (long)i), records.Select(r => r.Index));
    }

    [Fact]
    public async Task ApplyStatusAsync_StatusThroughAnotherStoreBeforeTheSendsAnswer_AcceptedKeptAndCountedOnce()
    {
        var options = new RedisCampaignStoreOptions { KeyPrefix = Prefix() };
        await using var webhooks = await ConnectAsync();
        var worker = new RedisCampaignStore(redis.Connection, options);
        var receiver = new RedisCampaignStore(webhooks, options);
        await CreateAsync(worker, "early-status", 1);
        var message = (await worker.ClaimAsync("early-status", "w", 1, AbandonedAfter, Ct))[0];
        Assert.True(await worker.MarkInFlightAsync("early-status", 0, "w", Ct));

        var applied = await receiver.ApplyStatusAsync(message.Marker, "wamid.early", DeliveryStatus.Delivered, DateTimeOffset.UnixEpoch, "marketing", "PMP", true, Ct);
        await receiver.ApplyStatusAsync(message.Marker, "wamid.early", DeliveryStatus.Delivered, DateTimeOffset.UnixEpoch, "marketing", "PMP", true, Ct);
        await worker.CompleteAsync("early-status", 0, "w", CampaignMessageState.OutcomeUnknown, null, new CampaignMessageError { Kind = "TimeoutException", Message = "timed out" }, Ct);

        Assert.Equal((CampaignMessageState.Accepted, "wamid.early"), (applied!.State, applied.MessageId));
        var stored = await worker.ReadMessagesAsync("early-status", cancellationToken: Ct).SingleAsync(Ct);
        Assert.Equal((CampaignMessageState.Accepted, "wamid.early", (DeliveryStatus?)DeliveryStatus.Delivered, "marketing", (bool?)true, (CampaignMessageError?)null),
            (stored.State, stored.MessageId, stored.Delivery, stored.PricingCategory, stored.Billable, stored.Error));
        var counts = await worker.GetCountsAsync("early-status", Ct);
        Assert.Equal((1L, 0L, 0L, 1L, 0L), (counts.Accepted, counts.InFlight, counts.OutcomeUnknown, counts.Delivered, counts.Read));
    }

    [Fact]
    public async Task AddMessagesAsync_LargerThanABatchAndAddedTwice_StoredOnceWithEveryFieldKept()
    {
        var store = new RedisCampaignStore(redis.Connection, new RedisCampaignStoreOptions { KeyPrefix = Prefix(), AddBatchSize = 7 });
        Assert.True(await store.CreateAsync(Info("fields"), Ct));
        var messages = Enumerable.Range(0, 20).Select(i => Message(i) with
        {
            Recipient = i % 2 == 0 ? WhatsAppRecipient.PhoneNumber("+1 555-000-" + (1000 + i).ToString(CultureInfo.InvariantCulture)) : WhatsAppRecipient.UserId("US.1349120865530274191" + (i % 10).ToString(CultureInfo.InvariantCulture)),
            PhoneNumberId = "106540352242922",
            ReplyToMessageId = "wamid.reply",
            CallbackData = "order=42\u001f",
        }).ToList();

        await store.AddMessagesAsync("fields", messages, Ct);
        await store.AddMessagesAsync("fields", messages, Ct);

        var stored = await store.ReadMessagesAsync("fields", 3, Ct).ToListAsync(Ct);
        Assert.Equal(17, stored.Count);
        var third = stored[0];
        Assert.Equal((3L, messages[3].Recipient, "text", "106540352242922", "wamid.reply", "order=42\u001f", messages[3].Marker, CampaignMessageState.Pending),
            (third.Index, third.Recipient, third.MessageType, third.PhoneNumberId, third.ReplyToMessageId, third.CallbackData, third.Marker, third.State));
        Assert.Equal("""{"body":"message 3"}""", Encoding.UTF8.GetString(third.Content.Span));
        Assert.Equal(20, (await store.GetCountsAsync("fields", Ct)).Pending);
    }

    [Fact]
    public async Task UseRedisCampaignStore_Registered_CampaignsOnOneStoreOnTheContainersConnectionAndPrefix()
    {
        var prefix = Prefix();
        var services = new ServiceCollection().AddSingleton<IConnectionMultiplexer>(redis.Connection);
        services.AddWhatsAppCloudApi(o => o.AccessToken = "token").UseRedisCampaignStore(o => o.KeyPrefix = prefix);
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<ICampaignStore>();
        Assert.IsType<RedisCampaignStore>(store);
        Assert.Same(store, provider.GetRequiredService<ICampaignStore>());
        Assert.NotNull(provider.GetRequiredService<IWhatsAppCampaigns>()); // Campaigns registered on it.
        Assert.True(await store.CreateAsync(Info("registered"), Ct));
        Assert.True(await redis.Connection.GetDatabase().KeyExistsAsync(prefix + ":{registered}:info"));
    }

    [Fact]
    public void UseRedisCampaignStore_EmptyKeyPrefix_ThrowsAtRegistration()
    {
        var builder = new ServiceCollection().AddWhatsAppCloudApi(o => o.AccessToken = "token");

        Assert.Throws<ArgumentException>(() => builder.UseRedisCampaignStore(o => o.KeyPrefix = " "));
    }

    private async Task<ConnectionMultiplexer> ConnectAsync() =>
        await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redis.Port},abortConnect=false");

    /// <summary>Claims and completes up to <paramref name="limit"/> messages as one worker would; returns how many it was handed InFlight.</summary>
    private static async Task<int> SendAsync(ICampaignStore store, string worker, int limit, ConcurrentDictionary<long, int> sends)
    {
        var done = 0;
        var inFlight = 0;
        while (done < limit && await store.ClaimAsync("resume", worker, Math.Min(25, limit - done), AbandonedAfter, Ct) is { Count: > 0 } claimed)
        {
            foreach (var message in claimed)
            {
                if (message.State == CampaignMessageState.InFlight)
                {
                    inFlight++;
                    await store.CompleteAsync("resume", message.Index, worker, CampaignMessageState.OutcomeUnknown, null, new CampaignMessageError { Kind = "Abandoned", Message = "may have been sent" }, Ct);
                }
                else if (await store.MarkInFlightAsync("resume", message.Index, worker, Ct))
                {
                    sends.AddOrUpdate(message.Index, 1, static (_, n) => n + 1);
                    await store.CompleteAsync("resume", message.Index, worker, CampaignMessageState.Accepted, "wamid." + message.Index.ToString(CultureInfo.InvariantCulture), null, Ct);
                }

                done++;
            }
        }

        return inFlight;
    }

    private static async Task CreateAsync(ICampaignStore store, string name, int messages)
    {
        Assert.True(await store.CreateAsync(Info(name), Ct));
        await store.AddMessagesAsync(name, [.. Enumerable.Range(0, messages).Select(Message)], Ct);
        await store.SealAsync(name, messages, Ct);
    }

    private static CampaignInfo Info(string name) => new() { Name = name, CreatedAt = DateTimeOffset.Parse("2026-03-01T09:00:00Z", CultureInfo.InvariantCulture) };

    private static CampaignMessage Message(int index) => new()
    {
        Index = index,
        Recipient = WhatsAppRecipient.PhoneNumber("+1555" + (1_000_000 + index).ToString(CultureInfo.InvariantCulture)),
        MessageType = "text",
        Content = Encoding.UTF8.GetBytes($$"""{"body":"message {{index}}"}"""),
        Marker = "~c:TEST" + Guid.NewGuid().ToString("N")[..8] + index.ToString(CultureInfo.InvariantCulture),
    };

    private static string Prefix() => "cmp:" + Guid.NewGuid().ToString("N");
}
