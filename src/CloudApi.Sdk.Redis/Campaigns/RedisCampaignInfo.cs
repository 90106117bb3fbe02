using CloudApi.Sdk.Campaigns;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Campaigns;

/// <summary>
/// A <see cref="CampaignInfo"/> as the fields of its hash: <c>name</c>, <c>state</c> (its number), <c>total</c> (no field
/// until sealed), <c>created</c> (UTC ticks) with <c>offset</c> (minutes), <c>timeout</c> (ticks), <c>policy</c> (its number).
/// </summary>
internal static class RedisCampaignInfo
{
    public static RedisValue[] Fields(CampaignInfo campaign)
    {
        List<RedisValue> fields =
        [
            "name", campaign.Name,
            "state", (int)campaign.State,
            "created", campaign.CreatedAt.UtcTicks,
            "offset", (long)campaign.CreatedAt.Offset.TotalMinutes,
            "timeout", campaign.UnknownOutcomeTimeout.Ticks,
            "policy", (int)campaign.UnknownOutcomePolicy,
        ];
        if (campaign.Total is { } total)
        {
            fields.Add("total");
            fields.Add(total);
        }

        return [.. fields];
    }

    public static CampaignInfo Read(HashEntry[] entries)
    {
        var map = entries.ToDictionary(static e => (string)e.Name!, static e => e.Value, StringComparer.Ordinal);
        long Number(string name) => map.TryGetValue(name, out var v) ? (long)v : 0;
        var created = new DateTimeOffset(Number("created"), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(Number("offset")));
        return new CampaignInfo
        {
            Name = (string?)map.GetValueOrDefault("name") ?? string.Empty,
            State = (CampaignRunState)Number("state"),
            Total = map.TryGetValue("total", out var total) ? (long)total : null,
            CreatedAt = created,
            UnknownOutcomeTimeout = TimeSpan.FromTicks(Number("timeout")),
            UnknownOutcomePolicy = (UnknownOutcomePolicy)Number("policy"),
        };
    }
}
