using CloudApi.Sdk.RateLimiting;
using System.Collections.Concurrent;
using CloudApi.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CloudApi.Sdk.Tests.DependencyInjection;

/// <summary>Many tenants in one process share nothing mutable: each request carries its own tenant's token and path.</summary>
public sealed class MultiTenantTests
{
    private sealed record Tenant(string Name, string Token, string PhoneNumberId);

    [Fact]
    public async Task TwoTenants_2000ConcurrentSendsEach_EveryRequestCarriesItsOwnTokenAndPath()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { MaxRequestLogCount = 10_000 });
        server.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.T"}]}"""));
        Tenant[] tenants = [new("tenant-a", "EAA-token-of-tenant-a", "1000000001"), new("tenant-b", "EAA-token-of-tenant-b", "2000000002")];
        var services = new ServiceCollection();
        foreach (var tenant in tenants)
        {
            services.AddWhatsAppCloudApi(tenant.Name, options =>
            {
                options.AccessToken = tenant.Token;
                options.PhoneNumberId = tenant.PhoneNumberId;
                options.BaseAddress = new Uri(server.Url!);
            })
            .ConfigureRateLimiting(limits => limits.Enabled = false) // 2,000 sends to one user: the pair limit would pace them over hours
            .HttpClient.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { MaxConnectionsPerServer = 32 });
        }

        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWhatsAppClientFactory>();
        const int SendsPerTenant = 2000;

        // Clients are created per send, from the factory and as keyed services, interleaved across tenants.
        var sends = Enumerable.Range(0, SendsPerTenant * tenants.Length).Select(i =>
        {
            var tenant = tenants[i % tenants.Length];
            var client = i % 4 < 2 ? factory.CreateClient(tenant.Name) : provider.GetRequiredKeyedService<IWhatsAppClient>(tenant.Name);
            return Task.Run(() => client.Messages.SendTextAsync("+16505551234", $"message {i}", cancellationToken: TestContext.Current.CancellationToken));
        });
        await Task.WhenAll(sends);

        var seen = new ConcurrentDictionary<string, int>();
        var entries = server.LogEntries.ToList();
        Assert.Equal(SendsPerTenant * tenants.Length, entries.Count);
        foreach (var entry in entries)
        {
            var request = entry.RequestMessage!;
            var tenant = Assert.Single(tenants, t => request.Path == $"/v26.0/{t.PhoneNumberId}/messages");
            Assert.Equal($"Bearer {tenant.Token}", Assert.Single(request.Headers!["Authorization"]));
            seen.AddOrUpdate(tenant.Name, 1, (_, n) => n + 1);
        }

        Assert.All(tenants, t => Assert.Equal(SendsPerTenant, seen[t.Name]));
    }

    [Fact]
    public void CreateClient_UnknownName_ClearError()
    {
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi("tenant-a", o => o.AccessToken = "t");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IWhatsAppClientFactory>().CreateClient("tenant-x"));

        Assert.Contains("tenant-x", error.Message, StringComparison.Ordinal);
        Assert.Contains("AddWhatsAppCloudApi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateClient_NamedRegistration_ClientKnowsItsName()
    {
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi("tenant-a", o => o.AccessToken = "t");
        using var provider = services.BuildServiceProvider();

        Assert.Equal("tenant-a", provider.GetRequiredService<IWhatsAppClientFactory>().CreateClient("tenant-a").Name);
        Assert.Equal("tenant-a", provider.GetRequiredKeyedService<IWhatsAppClient>("tenant-a").Name);
        Assert.Null(provider.GetService<IWhatsAppClient>());
    }
}
