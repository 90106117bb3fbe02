using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Redis.Campaigns;
using CloudApi.Sdk.Tests.Campaigns;
using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Redis.Tests.Campaigns;

/// <summary>The shared campaign-store behaviour, on a real redis-server (each test under its own key prefix).</summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisCampaignStoreContractTests(RedisServerFixture redis) : CampaignStoreContractTests
{
    protected override ValueTask<ICampaignStore> CreateStoreAsync(FakeTimeProvider time) =>
        new(new RedisCampaignStore(redis.Connection, new RedisCampaignStoreOptions { KeyPrefix = "contract:" + Guid.NewGuid().ToString("N") }, time));
}
