using CloudApi.Sdk.RateLimiting;
using CloudApi.Sdk.Tests.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Tests;

[Collection(RedisServerGroup.Name)]
public sealed class RedisRateLimitStoreTests(RedisServerFixture redis) : RateLimitStoreConformanceTests
{
    protected override ValueTask<IWhatsAppRateLimitStore> CreateStoreAsync(FakeTimeProvider time) =>
        ValueTask.FromResult<IWhatsAppRateLimitStore>(new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "t:" + Id }, time));

    [Fact]
    public async Task AcquireAsync_OneScriptPerAcquire_OneRoundTrip()
    {
        var store = new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "rt:" + Id }, Time);
        await store.LoadScriptsAsync();
        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var before = Commands(await server.InfoAsync("commandstats"));

        for (var i = 0; i < 100; i++)
        {
            await store.AcquireAsync(new(Id, Alice + i, new RateLimitRules(100_000, 100_000, TimeSpan.FromSeconds(6), 45), PairAcquireMode.Reserve), TestContext.Current.CancellationToken);
        }

        var after = Commands(await server.InfoAsync("commandstats"));
        Assert.Equal(100, after.GetValueOrDefault("evalsha") - before.GetValueOrDefault("evalsha"));
        Assert.Equal(0, after.GetValueOrDefault("eval") - before.GetValueOrDefault("eval"));
    }

    [Fact]
    public async Task AcquireAsync_ScriptsFlushedFromServer_LoadsTheScriptAgainAndAnswers()
    {
        var store = new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "ns:" + Id }, Time);
        var rules = new RateLimitRules(100_000, 100_000, TimeSpan.FromSeconds(6), 45);
        await store.LoadScriptsAsync();
        Assert.Equal(RateLimitOutcome.Acquired, (await store.AcquireAsync(new(Id, Alice, rules, PairAcquireMode.FailFast), TestContext.Current.CancellationToken)).Outcome);
        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);

        await server.ScriptFlushAsync();
        var afterFlush = await store.AcquireAsync(new(Id, Bob, rules, PairAcquireMode.FailFast), TestContext.Current.CancellationToken);
        var before = Commands(await server.InfoAsync("commandstats"));
        var next = await store.AcquireAsync(new(Id, Bob + 1, rules, PairAcquireMode.FailFast), TestContext.Current.CancellationToken);
        var after = Commands(await server.InfoAsync("commandstats"));

        Assert.Equal(RateLimitOutcome.Acquired, afterFlush.Outcome);
        Assert.Equal(RateLimitOutcome.Acquired, next.Outcome);
        Assert.Equal(1, after.GetValueOrDefault("evalsha") - before.GetValueOrDefault("evalsha"));
    }

    [Fact]
    public async Task AcquireAsync_AfterRedisRestart_NoBurstOverTheLimit()
    {
        var store = new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "rs:" + Id }, Time);
        var rules = new RateLimitRules(100_000, 100_000, TimeSpan.FromSeconds(6), 45);
        for (var i = 0; i < 45; i++)
        {
            Assert.Equal(RateLimitOutcome.Acquired, (await store.AcquireAsync(new(Id, Alice, rules, PairAcquireMode.FailFast), TestContext.Current.CancellationToken)).Outcome);
        }

        await redis.RestartAsync();

        // The burst was used before the restart: Redis forgot it, the store does not hand it out again.
        var after = await store.AcquireAsync(new(Id, Alice, rules, PairAcquireMode.FailFast), TestContext.Current.CancellationToken);
        Assert.Equal(RateLimitOutcome.PairRejected, after.Outcome);
        Time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(RateLimitOutcome.Acquired, (await store.AcquireAsync(new(Id, Alice, rules, PairAcquireMode.FailFast), TestContext.Current.CancellationToken)).Outcome);
        Assert.Equal(RateLimitOutcome.PairRejected, (await store.AcquireAsync(new(Id, Alice, rules, PairAcquireMode.FailFast), TestContext.Current.CancellationToken)).Outcome);
    }

    [Fact]
    public async Task AcquireAsync_RedisDown_ThrowsStoreUnavailableOrFallsBackWhenConfigured()
    {
        await using var dead = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200,syncTimeout=200");
        var rules = new RateLimitRules(80, 1_000, TimeSpan.FromSeconds(6), 45);
        var strict = new RedisRateLimitStore(dead, new RedisRateLimitStoreOptions { OutageWait = TimeSpan.Zero }, Time);
        var tolerant = new RedisRateLimitStore(dead, new RedisRateLimitStoreOptions { FallbackToLocal = true }, Time);

        await Assert.ThrowsAsync<RateLimitStoreUnavailableException>(async () => await strict.AcquireAsync(new(Id, Alice, rules, PairAcquireMode.Reserve), TestContext.Current.CancellationToken));
        var fallback = await tolerant.AcquireAsync(new(Id, Alice, rules, PairAcquireMode.FailFast), TestContext.Current.CancellationToken);

        Assert.True(tolerant.IsUsingFallback);
        Assert.Equal(RateLimitOutcome.PairRejected, fallback.Outcome);
    }

    [Fact]
    public async Task AcquireAsync_RedisDown_WaitsForItUpToOutageWaitThenThrows()
    {
        await using var dead = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200,syncTimeout=200");
        var rules = new RateLimitRules(80, 1_000, TimeSpan.FromSeconds(6), 45);
        var store = new RedisRateLimitStore(dead, new RedisRateLimitStoreOptions { OutageWait = TimeSpan.FromSeconds(2) }, Time);

        var acquire = store.AcquireAsync(new(Id, Alice, rules, PairAcquireMode.Reserve), TestContext.Current.CancellationToken).AsTask();
        for (var i = 0; i < 19; i++)
        {
            Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Yield();
        }

        Assert.False(acquire.IsCompleted);
        Assert.Equal(1, store.WaitingForRedis);
        for (var i = 0; i < 50 && !acquire.IsCompleted; i++)
        {
            Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1, TestContext.Current.CancellationToken);
        }

        await Assert.ThrowsAsync<RateLimitStoreUnavailableException>(() => acquire);
        Assert.Equal(0, store.WaitingForRedis);
    }

    private static Dictionary<string, long> Commands(IGrouping<string, KeyValuePair<string, string>>[] info) =>
        info.SelectMany(g => g).Where(kv => kv.Key.StartsWith("cmdstat_", StringComparison.Ordinal)).ToDictionary(
            kv => kv.Key["cmdstat_".Length..],
            kv => long.Parse(kv.Value.Split(',')[0].Split('=')[1], System.Globalization.CultureInfo.InvariantCulture));
}
