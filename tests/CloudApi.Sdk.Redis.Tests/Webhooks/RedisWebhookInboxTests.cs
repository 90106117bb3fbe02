using System.Net;
using CloudApi.Sdk.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Tests.Webhooks;

/// <summary>The Redis Streams inbox against a real redis-server, through the real endpoint on Kestrel.</summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisWebhookInboxTests(RedisServerFixture redis)
{
    private readonly string _stream = "wh:" + Guid.NewGuid().ToString("N");

    private IDatabase Db => redis.Connection.GetDatabase();

    [Fact]
    public async Task Post_RedisInbox_Answers200WithTheRawBodyStoredInTheStream()
    {
        await using var host = await InboxHost.StartAsync(w => w.UseRedisInbox(_ => redis.Connection, o =>
        {
            o.StreamKey = _stream;
            o.Workers = 0;
        }));
        var body = InboxHost.Texts("wamid.R1");

        var response = await host.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(await Db.StreamRangeAsync(_stream));
        Assert.Equal(body, (byte[])entry["body"]!);
        Assert.True((long)entry["received"] > 0);
        Assert.Empty(host.Handled);
    }

    [Fact]
    public async Task Post_RedisUnreachable_Answers503SoMetaDeliversAgain()
    {
        await using var unreachable = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200,connectRetry=0");
        await using var host = await InboxHost.StartAsync(w => w.UseRedisInbox(_ => unreachable, o =>
        {
            o.StreamKey = _stream;
            o.Workers = 0;
        }));

        var response = await host.PostSignedAsync(InboxHost.Texts("wamid.R2"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(host.Logs, l => l.Level == LogLevel.Error && l.Message.Contains("could not store", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Worker_HandledNotification_AcknowledgedAndDeleted()
    {
        await using var host = await InboxHost.StartAsync(w => w.UseRedisInbox(_ => redis.Connection, o => o.StreamKey = _stream));

        await host.PostSignedAsync(InboxHost.Texts("wamid.A1", "wamid.A2"));

        await Eventually.TrueAsync(() => host.Handled.Count == 2, "both messages handled");
        await Eventually.TrueAsync(async () => await Db.StreamLengthAsync(_stream) == 0, "the entry deleted");
        Assert.Equal(["wamid.A1", "wamid.A2"], host.Handled);
        Assert.Equal(0, (await Db.StreamPendingAsync(_stream, "cloudapi-webhooks")).PendingMessageCount);
    }

    [Fact]
    public async Task Worker_HandlerFailsOnce_RetriedAfterClaimIdleTimeAndOnlyTheFailedEventRunsAgain()
    {
        var attempts = new Dictionary<string, int>();
        await using var host = await InboxHost.StartAsync(
            w => w.UseRedisInbox(_ => redis.Connection, o =>
            {
                o.StreamKey = _stream;
                o.ClaimIdleTime = TimeSpan.FromMilliseconds(300);
                o.PollInterval = TimeSpan.FromMilliseconds(50);
            }).UseRedisDeduplication(_ => redis.Connection, o => o.KeyPrefix = _stream + ":dedup"),
            message =>
            {
                lock (attempts)
                {
                    attempts[message.Id] = attempts.GetValueOrDefault(message.Id) + 1;
                    if (message.Id == "wamid.F2" && attempts[message.Id] == 1)
                    {
                        throw new InvalidOperationException("downstream briefly down");
                    }
                }

                return Task.CompletedTask;
            });

        await host.PostSignedAsync(InboxHost.Texts("wamid.F1", "wamid.F2"));

        await Eventually.TrueAsync(async () => host.Handled.Count == 2 && await Db.StreamLengthAsync(_stream) == 0, "the failed event retried and the entry deleted");
        Assert.Equal(["wamid.F1", "wamid.F2"], host.Handled);
        lock (attempts)
        {
            Assert.Equal(1, attempts["wamid.F1"]);
            Assert.Equal(2, attempts["wamid.F2"]);
        }
    }

    [Fact]
    public async Task Worker_HandlerAlwaysFails_EntryMovedToDeadLetterStreamAfterMaxDeliveries()
    {
        var attempts = 0;
        await using var host = await InboxHost.StartAsync(
            w => w.UseRedisInbox(_ => redis.Connection, o =>
            {
                o.StreamKey = _stream;
                o.ClaimIdleTime = TimeSpan.FromMilliseconds(200);
                o.PollInterval = TimeSpan.FromMilliseconds(50);
                o.MaxDeliveries = 3;
            }),
            _ =>
            {
                Interlocked.Increment(ref attempts);
                throw new InvalidOperationException("poison");
            });
        var body = InboxHost.Texts("wamid.P1");

        await host.PostSignedAsync(body);

        await Eventually.TrueAsync(async () => await Db.StreamLengthAsync(_stream + ":dead") == 1, "the entry dead-lettered");
        var dead = Assert.Single(await Db.StreamRangeAsync(_stream + ":dead"));
        Assert.Equal(body, (byte[])dead["body"]!);
        Assert.Equal(3, (int)dead["deliveries"]);
        Assert.Equal(3, Volatile.Read(ref attempts));
        Assert.Equal(0, await Db.StreamLengthAsync(_stream));
        Assert.Equal(0, (await Db.StreamPendingAsync(_stream, "cloudapi-webhooks")).PendingMessageCount);
        Assert.Contains(host.Logs, l => l.Level == LogLevel.Error && l.Message.Contains("dead-letter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Worker_EntriesHeldByAConsumerThatDied_TakenOverAfterClaimIdleTime()
    {
        await Db.StreamCreateConsumerGroupAsync(_stream, "cloudapi-webhooks", StreamPosition.Beginning, createStream: true);
        await Db.StreamAddAsync(_stream, [new("body", InboxHost.Texts("wamid.D1")), new("received", 1)]);
        await Db.StreamAddAsync(_stream, [new("body", InboxHost.Texts("wamid.D2")), new("received", 2)]);
        Assert.Equal(2, (await Db.StreamReadGroupAsync(_stream, "cloudapi-webhooks", "crashed-instance", ">", 10)).Length);

        await using var host = await InboxHost.StartAsync(w => w.UseRedisInbox(_ => redis.Connection, o =>
        {
            o.StreamKey = _stream;
            o.ClaimIdleTime = TimeSpan.FromMilliseconds(300);
            o.PollInterval = TimeSpan.FromMilliseconds(50);
        }));

        await Eventually.TrueAsync(async () => host.Handled.Count == 2 && await Db.StreamLengthAsync(_stream) == 0, "the crashed consumer's entries handled");
        Assert.Equal(["wamid.D1", "wamid.D2"], host.Handled);
    }

    [Fact]
    public async Task Worker_EntryThatIsNotANotification_DeadLetteredNotRetried()
    {
        await Db.StreamAddAsync(_stream, [new("something", "else")]);

        await using var host = await InboxHost.StartAsync(w => w.UseRedisInbox(_ => redis.Connection, o => o.StreamKey = _stream));

        await Eventually.TrueAsync(async () => await Db.StreamLengthAsync(_stream + ":dead") == 1, "the foreign entry dead-lettered");
        Assert.Equal("not an inbox entry", (string?)Assert.Single(await Db.StreamRangeAsync(_stream + ":dead"))["reason"]);
        Assert.Equal(0, await Db.StreamLengthAsync(_stream));
    }

    [Fact]
    public async Task UseRedisInbox_OutOfRangeOptions_FailsAtStartWithTheOptionNamed()
    {
        var error = await Assert.ThrowsAnyAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            InboxHost.StartAsync(w => w.UseRedisInbox(_ => redis.Connection, o => o.MaxDeliveries = 0)));

        Assert.Contains("MaxDeliveries 0 is out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedisDeduplication_MarkedKey_SharedAndExpiresAfterTheWindow()
    {
        var services = new ServiceCollection();
        services.Configure<WhatsAppOptions>(o => o.AppSecret = InboxHost.AppSecret);
        services.AddWhatsAppWebhooks().UseRedisDeduplication(_ => redis.Connection, o => o.KeyPrefix = _stream);
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IWebhookDeduplicationStore>();

        Assert.False(await store.IsHandledAsync("wa:m:x", TestContext.Current.CancellationToken));
        await store.MarkHandledAsync("wa:m:x", TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);

        Assert.True(await store.IsHandledAsync("wa:m:x", TestContext.Current.CancellationToken));
        var ttl = await Db.KeyTimeToLiveAsync(_stream + ":wa:m:x");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }
}
