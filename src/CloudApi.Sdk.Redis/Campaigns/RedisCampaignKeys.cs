using System.Globalization;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Campaigns;

/// <summary>
/// One campaign's keys, all under <c>{prefix}:{{name}}</c> (one cluster slot): <c>:info</c> (hash of the
/// <c>CampaignInfo</c>), <c>:n</c> (hash of counts: <c>0</c>..<c>5</c> per state, <c>dl</c>, <c>rd</c>, <c>df</c>),
/// <c>:c</c> (sorted set of claimable indexes), <c>:hb</c> (hash of worker heartbeats), <c>:h:{worker}</c> (sorted set of
/// the indexes a worker holds), <c>:u</c> (sorted set of unknown outcomes by update time), <c>:i</c> (sorted set of every
/// index) and <c>:m:{index}</c> (hash of one message record).
/// </summary>
internal sealed class RedisCampaignKeys
{
    public RedisCampaignKeys(string prefix, string name)
    {
        Base = prefix + ":{" + name + "}";
        Info = Base + ":info";
        Counts = Base + ":n";
        Claimable = Base + ":c";
        Heartbeats = Base + ":hb";
        Unknown = Base + ":u";
        Indexes = Base + ":i";
    }

    public string Base { get; }

    public RedisKey Info { get; }

    public RedisKey Counts { get; }

    public RedisKey Claimable { get; }

    public RedisKey Heartbeats { get; }

    public RedisKey Unknown { get; }

    public RedisKey Indexes { get; }

    public RedisKey Record(long index) => Base + ":m:" + index.ToString(CultureInfo.InvariantCulture);
}
