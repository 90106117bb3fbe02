using CloudApi.Sdk.Business;
using CloudApi.Sdk.Tests.Templates;

namespace CloudApi.Sdk.Tests.Business;

public sealed class BusinessAccountsEmulatorTests
{
    [Fact]
    public async Task GetAndSubscriptions_ThroughEmulator()
    {
        await using var graph = await EmulatedGraph.StartAsync(o => o.BusinessAccounts.Add(new() { Id = EmulatedGraph.BusinessAccountId, Name = "Lucky Shrub", Currency = "EUR" }));
        var ct = TestContext.Current.CancellationToken;
        var accounts = graph.Client.BusinessAccounts;

        var account = await accounts.GetAsync(cancellationToken: ct);
        Assert.Equal((EmulatedGraph.BusinessAccountId, "Lucky Shrub", "EUR"), (account.Id, account.Name, account.Currency));

        await accounts.SubscribeAppAsync(new SubscribeAppRequest(new Uri("https://hooks.example.com/wa"), "t0k"), cancellationToken: ct);
        var apps = await accounts.ListSubscribedAppsAsync(cancellationToken: ct).ToListAsync(ct);
        Assert.Equal("https://hooks.example.com/wa", Assert.Single(apps).OverrideCallbackUri);

        await accounts.UnsubscribeAppAsync(cancellationToken: ct);
        Assert.Empty(await accounts.ListSubscribedAppsAsync(cancellationToken: ct).ToListAsync(ct));
    }
}
