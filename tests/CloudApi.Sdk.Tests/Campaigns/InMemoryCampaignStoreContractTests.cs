using CloudApi.Sdk.Campaigns;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.Campaigns;

public sealed class InMemoryCampaignStoreContractTests : CampaignStoreContractTests
{
    protected override ValueTask<ICampaignStore> CreateStoreAsync(FakeTimeProvider time) => new(new InMemoryCampaignStore(time));
}
