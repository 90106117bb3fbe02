using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Tests.Campaigns;

public sealed class CampaignRegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddCampaigns_DefaultRegistration_InMemoryStoreSharedByTheEngine()
    {
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o => o.AccessToken = "token").AddCampaigns();
        await using var provider = services.BuildServiceProvider();

        var campaigns = provider.GetRequiredService<IWhatsAppCampaigns>();
        await campaigns.CreateAsync("registered", [new BulkMessage("+447700900001", new TextMessage("hi"))], cancellationToken: Ct);

        Assert.IsType<InMemoryCampaignStore>(provider.GetRequiredService<ICampaignStore>());
        Assert.Same(campaigns, provider.GetRequiredKeyedService<IWhatsAppCampaigns>(string.Empty));
        Assert.Equal(1, (await provider.GetRequiredService<ICampaignStore>().GetCountsAsync("registered", Ct)).Pending);
    }

    [Fact]
    public async Task UseCampaignStore_NamedRegistration_ReplacesTheStoreForThatNameOnly()
    {
        var own = new InMemoryCampaignStore();
        var services = new ServiceCollection();
        services.AddWhatsAppCloudApi(o => o.AccessToken = "token").AddCampaigns();
        services.AddWhatsAppCloudApi("tenant-b", o => o.AccessToken = "token-b").AddCampaigns().UseCampaignStore(_ => own);
        await using var provider = services.BuildServiceProvider();

        var tenant = provider.GetRequiredKeyedService<IWhatsAppCampaigns>("tenant-b");
        await tenant.CreateAsync("tenant-campaign", [new BulkMessage("+447700900001", new TextMessage("hi"))], cancellationToken: Ct);

        Assert.Same(own, provider.GetRequiredKeyedService<ICampaignStore>("tenant-b"));
        Assert.NotSame(own, provider.GetRequiredService<ICampaignStore>());
        Assert.NotNull(await own.GetAsync("tenant-campaign", Ct));
        Assert.Null(await provider.GetRequiredService<ICampaignStore>().GetAsync("tenant-campaign", Ct));
    }
}
