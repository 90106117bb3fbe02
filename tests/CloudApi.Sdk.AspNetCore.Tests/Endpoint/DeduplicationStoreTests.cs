using System.Net;
using CloudApi.Sdk.AspNetCore.Deduplication;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.AspNetCore.Tests.Endpoint;

public class DeduplicationStoreTests
{
    private static MemoryWebhookDeduplicationStore MemoryStore(int capacity, TimeProvider time) =>
        new(new StaticOptionsMonitor(new WhatsAppWebhookOptions { DeduplicationCapacity = capacity }), time);

    [Fact]
    public async Task MemoryStore_MarkedKey_IsHandledAndOtherKeysAreNot()
    {
        var store = MemoryStore(10, new FakeTimeProvider());

        Assert.False(await store.IsHandledAsync("k", Ct));
        await store.MarkHandledAsync("k", TimeSpan.FromHours(1), Ct);

        Assert.True(await store.IsHandledAsync("k", Ct));
        Assert.False(await store.IsHandledAsync("other", Ct));
    }

    [Fact]
    public async Task MemoryStore_BeyondCapacity_ForgetsOldestFirstAndStaysBounded()
    {
        var store = MemoryStore(3, new FakeTimeProvider());
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            await store.MarkHandledAsync(key, TimeSpan.FromHours(1), Ct);
        }

        Assert.Equal(3, store.Count);
        Assert.False(await store.IsHandledAsync("a", Ct));
        Assert.True(await store.IsHandledAsync("d", Ct));
    }

    [Fact]
    public async Task MemoryStore_AfterWindow_KeyIsNewAgain()
    {
        var time = new FakeTimeProvider();
        var store = MemoryStore(10, time);
        await store.MarkHandledAsync("k", TimeSpan.FromMinutes(10), Ct);

        time.Advance(TimeSpan.FromMinutes(9));
        Assert.True(await store.IsHandledAsync("k", Ct));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await store.IsHandledAsync("k", Ct));
    }

    [Fact]
    public async Task MemoryStore_MarkedAgain_WindowRestartsAndCountStays()
    {
        var time = new FakeTimeProvider();
        var store = MemoryStore(10, time);
        await store.MarkHandledAsync("k", TimeSpan.FromMinutes(10), Ct);
        time.Advance(TimeSpan.FromMinutes(9));

        await store.MarkHandledAsync("k", TimeSpan.FromMinutes(10), Ct);
        time.Advance(TimeSpan.FromMinutes(9));

        Assert.True(await store.IsHandledAsync("k", Ct));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task Post_DistributedCacheStore_DuplicateHandledOnceAndKeyStoredInCache()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.UseDistributedCacheDeduplication(),
            configureServices: s => s.AddDistributedMemoryCache());
        var json = Payloads.Text("wamid.DC", "hi");

        await host.PostSignedAsync(json);
        var second = await host.PostSignedAsync(json);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(host.Recorder.Events);
        var cache = host.App.Services.GetRequiredService<IDistributedCache>();
        Assert.NotNull(await cache.GetAsync("wa:m:wamid.DC", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_StoreThrows_EventIsHandledAnyway()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.UseDeduplicationStore<BrokenStore>());

        var response = await host.PostSignedAsync(Payloads.Text("wamid.X", "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Recorder.Events);
    }

    [Fact]
    public async Task Post_StoreFailsToRecord_Answers200BecauseTheEventWasHandled()
    {
        await using var host = await WebhookHost.StartAsync(configureWebhooks: w => w.UseDeduplicationStore<WriteBrokenStore>());

        var response = await host.PostSignedAsync(Payloads.Text("wamid.W", "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Recorder.Events);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("wamid.W", StringComparison.Ordinal));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal sealed class BrokenStore : IWebhookDeduplicationStore
    {
        public ValueTask<bool> IsHandledAsync(string key, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("cache down");

        public ValueTask MarkHandledAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("cache down");
    }

    internal sealed class WriteBrokenStore : IWebhookDeduplicationStore
    {
        public ValueTask<bool> IsHandledAsync(string key, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

        public ValueTask MarkHandledAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("cache down");
    }

    private sealed class StaticOptionsMonitor(WhatsAppWebhookOptions value) : IOptionsMonitor<WhatsAppWebhookOptions>
    {
        public WhatsAppWebhookOptions CurrentValue => value;

        public WhatsAppWebhookOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<WhatsAppWebhookOptions, string?> listener) => null;
    }
}
