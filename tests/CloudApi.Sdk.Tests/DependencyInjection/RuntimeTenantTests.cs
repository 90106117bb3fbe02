using System.Collections.Concurrent;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CloudApi.Sdk.Tests.DependencyInjection;

/// <summary>
/// Clients made at run time for onboarded businesses (<see cref="WhatsAppTenant"/>): one registration's pipeline and one
/// limiter store serve thousands of them, and every request carries its own tenant's token only.
/// </summary>
public sealed class RuntimeTenantTests
{
    private const int TenantCount = 2000;
    private const string SendAnswer = """{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.T"}]}""";

    private sealed record Tenant(string Token, string PhoneNumberId);

    [Fact]
    public async Task CreateClientForTenant_2000TenantsConcurrent_NoRequestCarriesAnotherTenantsTokenAndOnePipelineServesAll()
    {
        using var server = StartServer();
        var tenants = Tenants();
        var store = new CountingStore();
        var primaryHandlers = 0;
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(options =>
            {
                options.AccessToken = "EAAG-provider-own-token";
                options.BaseAddress = new Uri(server.Url!);
            })
            .UseRateLimitStore(_ => store)
            .HttpClient.ConfigurePrimaryHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref primaryHandlers);
                return new SocketsHttpHandler { MaxConnectionsPerServer = 32 };
            });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWhatsAppClientFactory>();

        // Two sends per tenant, each from a client created for that send, all tenants interleaved and concurrent.
        var sends = Enumerable.Range(0, TenantCount * 2).Select(i =>
        {
            var tenant = tenants[i % TenantCount];
            var client = factory.CreateClient(new WhatsAppTenant(tenant.Token) { PhoneNumberId = tenant.PhoneNumberId });
            return Task.Run(() => client.Messages.SendTextAsync("+16505551234", $"message {i}", cancellationToken: TestContext.Current.CancellationToken));
        });
        await Task.WhenAll(sends);

        AssertEveryRequestCarriesItsTenantsToken(server, tenants);
        Assert.Equal(1, primaryHandlers);
        AssertEverySendAskedTheOneStore(store);
    }

    [Fact]
    public async Task ForTenant_2000TenantsConcurrent_NoRequestCarriesAnotherTenantsToken()
    {
        using var server = StartServer();
        var tenants = Tenants();
        var store = new CountingStore();
        await using var shared = WhatsAppClient.Create(
            new WhatsAppOptions { AccessToken = "EAAG-provider-own-token", BaseAddress = new Uri(server.Url!) },
            new WhatsAppClientCreateOptions { RateLimitStore = store });

        var sends = Enumerable.Range(0, TenantCount * 2).Select(i =>
        {
            var tenant = tenants[i % TenantCount];
            var client = shared.ForTenant(new WhatsAppTenant(tenant.Token) { PhoneNumberId = tenant.PhoneNumberId, Name = "tenant-" + tenant.PhoneNumberId });
            return Task.Run(() => client.Messages.SendTextAsync("+16505551234", $"message {i}", cancellationToken: TestContext.Current.CancellationToken));
        });
        await Task.WhenAll(sends);

        AssertEveryRequestCarriesItsTenantsToken(server, tenants);
        AssertEverySendAskedTheOneStore(store);
    }

    [Fact]
    public async Task CreateClientForTenant_NamedRegistration_UsesItsSettingsAndTheTenantsDefaults()
    {
        using var server = StartServer();
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi("provider", options =>
        {
            options.AccessToken = "EAAG-provider-own-token";
            options.PhoneNumberId = "111";
            options.BusinessAccountId = "222";
            options.ApiVersion = "v23.0";
            options.BaseAddress = new Uri(server.Url!);
        });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWhatsAppClientFactory>();

        var client = factory.CreateClient("provider", new WhatsAppTenant("EAAG-tenant") { PhoneNumberId = "333" });
        await client.Messages.SendTextAsync("+16505551234", "hi", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("provider", client.Name);
        var request = Assert.Single(server.LogEntries).RequestMessage!;
        Assert.Equal("/v23.0/333/messages", request.Path);
        Assert.Equal("Bearer EAAG-tenant", Assert.Single(request.Headers!["Authorization"]));
        Assert.Throws<InvalidOperationException>(() => factory.CreateClient(new WhatsAppTenant("EAAG-tenant")));
        var error = Assert.Throws<WhatsAppValidationException>(() => client.BusinessAccounts.ListSubscribedAppsAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("businessAccountId", error.ParamName);
    }

    private static WireMockServer StartServer()
    {
        var server = WireMockServer.Start(new WireMockServerSettings { MaxRequestLogCount = TenantCount * 2 + 10 });
        server.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(SendAnswer));
        return server;
    }

    private static Tenant[] Tenants() =>
        [.. Enumerable.Range(0, TenantCount).Select(i => new Tenant($"EAAG-tenant-{i:D4}-token", (1_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    private static void AssertEveryRequestCarriesItsTenantsToken(WireMockServer server, Tenant[] tenants)
    {
        var tokenOfNumber = tenants.ToDictionary(t => t.PhoneNumberId, t => "Bearer " + t.Token, StringComparer.Ordinal);
        var entries = server.LogEntries.ToList();
        Assert.Equal(TenantCount * 2, entries.Count);
        var foreign = entries.Count(entry =>
        {
            var request = entry.RequestMessage!;
            var number = request.Path.Split('/')[2];
            return !tokenOfNumber.TryGetValue(number, out var expected) || Assert.Single(request.Headers!["Authorization"]) != expected;
        });
        Assert.Equal(0, foreign);
        Assert.Equal(TenantCount, entries.Select(e => e.RequestMessage!.Path).Distinct(StringComparer.Ordinal).Count());
    }

    // A send whose reserved slot came too late on a busy machine asks the store again (docs/rate-limits.md, the
    // departure gate), so a store sees at least one acquire per send, never fewer.
    private static void AssertEverySendAskedTheOneStore(CountingStore store)
    {
        Assert.InRange(store.Acquires, TenantCount * 2, int.MaxValue);
        Assert.Equal(TenantCount, store.Numbers.Count);
    }

    /// <summary>The one limiter store of the registration, counting what every tenant's sends asked it.</summary>
    private sealed class CountingStore : IWhatsAppRateLimitStore
    {
        private readonly InMemoryRateLimitStore _inner = new();
        private int _acquires;

        public int Acquires => Volatile.Read(ref _acquires);

        public ConcurrentDictionary<string, bool> Numbers { get; } = new(StringComparer.Ordinal);

        public ValueTask<RateLimitDecision> AcquireAsync(RateLimitAcquireRequest request, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _acquires);
            Numbers.TryAdd(request.PhoneNumberId, true);
            return _inner.AcquireAsync(request, cancellationToken);
        }

        public ValueTask PushForwardAsync(string phoneNumberId, long recipientKey, TimeSpan delay, RateLimitRules rules, CancellationToken cancellationToken = default) =>
            _inner.PushForwardAsync(phoneNumberId, recipientKey, delay, rules, cancellationToken);
    }
}
