using System.Net;
using CloudApi.Sdk.AspNetCore.Deduplication;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.AspNetCore.Tests.Endpoint;

public class DeduplicationStoreTests
{
    private static MemoryWebhookDeduplicationStore MemoryStore(int capacity, TimeProvider time) =>
        new(new StaticOptionsMonitor(new WhatsAppWebhookOptions { DeduplicationCapacity = capacity }), time);

    [Fact]
    public async Task MemoryStore_SameKeyTwice_SecondIsDuplicate()
    {
        var store = MemoryStore(10, new FakeTimeProvider());

        Assert.True(await store.TryMarkAsSeenAsync("k", TimeSpan.FromHours(1), TestContext.Current.CancellationToken));
        Assert.False(await store.TryMarkAsSeenAsync("k", TimeSpan.FromHours(1), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MemoryStore_BeyondCapacity_ForgetsOldestFirstAndStaysBounded()
    {
        var store = MemoryStore(3, new FakeTimeProvider());
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            await store.TryMarkAsSeenAsync(key, TimeSpan.FromHours(1), TestContext.Current.CancellationToken);
        }

        Assert.Equal(3, store.Count);
        Assert.True(await store.TryMarkAsSeenAsync("a", TimeSpan.FromHours(1), TestContext.Current.CancellationToken));
        Assert.False(await store.TryMarkAsSeenAsync("d", TimeSpan.FromHours(1), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MemoryStore_AfterWindow_KeyIsNewAgain()
    {
        var time = new FakeTimeProvider();
        var store = MemoryStore(10, time);
        await store.TryMarkAsSeenAsync("k", TimeSpan.FromMinutes(10), TestContext.Current.CancellationToken);

        time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await store.TryMarkAsSeenAsync("k", TimeSpan.FromMinutes(10), TestContext.Current.CancellationToken));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await store.TryMarkAsSeenAsync("k", TimeSpan.FromMinutes(10), TestContext.Current.CancellationToken));
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

    internal sealed class BrokenStore : IWebhookDeduplicationStore
    {
        public ValueTask<bool> TryMarkAsSeenAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("cache down");
    }

    private sealed class StaticOptionsMonitor(WhatsAppWebhookOptions value) : IOptionsMonitor<WhatsAppWebhookOptions>
    {
        public WhatsAppWebhookOptions CurrentValue => value;

        public WhatsAppWebhookOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<WhatsAppWebhookOptions, string?> listener) => null;
    }
}
