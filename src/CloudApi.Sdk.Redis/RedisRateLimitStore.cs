using System.Globalization;
using CloudApi.Sdk.RateLimiting;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis;

/// <summary>
/// An <see cref="IWhatsAppRateLimitStore"/> on Redis, for several app instances sending from the same numbers: each
/// acquire is one atomic Lua script (EVALSHA, one round trip) over the number's throughput key and the pair's key.
/// Times are microseconds of the caller's <see cref="TimeProvider"/> (keep instance clocks in sync, e.g. NTP);
/// keys expire when their timestamp has passed.
/// </summary>
/// <remarks>
/// <para>After a Redis restart (or eviction) the state is gone. Redis cannot tell that from a first start, so the store
/// keeps an epoch key: an instance that had seen an older epoch marks the restart, and from then on a missing pair
/// counts as if it had just used its whole burst, and a missing number as if its queue were full, until that history
/// has certainly expired. So a restart never lets a burst over the limit through; it costs at most one pair interval per
/// recipient and one queue length per number.</para>
/// </remarks>
public sealed class RedisRateLimitStore : IWhatsAppRateLimitStore
{
    // Keys: throughput, pair, epoch. Arguments (microseconds): now, throughput interval, max queue delay, pair interval, pair tolerance,
    // mode (0 reserve, 1 fail fast, 2 skip), known epoch. All times in microseconds.
    // Returns {outcome, delay, epoch}: outcome 0 acquired, 1 pair reserved, 2 pair rejected, 3 queue full.
    internal const string AcquireScript = """
        local now = tonumber(@now)
        local ti, tq, pi, pt = tonumber(@ti), tonumber(@tq), tonumber(@pi), tonumber(@pt)
        local mode, known = tonumber(@mode), @known
        local e = redis.call('HMGET', @epoch, 'id', 'guard')
        local epoch, guard = e[1], tonumber(e[2] or '0')
        if not epoch then
          epoch = tostring(now)
          guard = 0
          if known ~= '0' then guard = now end
          redis.call('HSET', @epoch, 'id', epoch, 'guard', guard)
        elseif guard == 0 and known ~= '0' and known ~= epoch then
          guard = tonumber(epoch)
          redis.call('HSET', @epoch, 'guard', guard)
        end
        local tfloor, pfloor = now, now
        if guard > 0 then
          tfloor = math.max(now, guard + tq)
          pfloor = math.max(now, guard + pt + pi)
        end
        local ttat = math.max(tonumber(redis.call('GET', @throughput) or '0'), tfloor)
        if ttat - now > tq then return {3, ttat - now, epoch} end
        if mode ~= 2 then
          local ptat = math.max(tonumber(redis.call('GET', @pair) or '0'), pfloor)
          local allowed = ptat - pt
          if allowed > now and mode == 1 then return {2, allowed - now, epoch} end
          local newp = ptat + pi
          redis.call('SET', @pair, string.format('%.0f', newp), 'PX', math.ceil((newp - now) / 1000) + 1000)
          if allowed > now then return {1, allowed - now, epoch} end
        end
        local newt = ttat + ti
        redis.call('SET', @throughput, string.format('%.0f', newt), 'PX', math.ceil((newt - now) / 1000) + 10000)
        return {0, ttat - now, epoch}
        """;

    // Key: the pair or number key. Arguments: now, until (microseconds). Raises the key's timestamp to at least `until`.
    internal const string PushScript = """
        local now, untilt = tonumber(@now), tonumber(@until)
        local tat = math.max(tonumber(redis.call('GET', @key) or '0'), untilt)
        redis.call('SET', @key, string.format('%.0f', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
        return 1
        """;

    private static readonly LuaScript Acquire = LuaScript.Prepare(AcquireScript);
    private static readonly LuaScript Push = LuaScript.Prepare(PushScript);

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisRateLimitStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly RedisKey _epochKey;
    private readonly Lazy<InMemoryRateLimitStore> _fallback;
    private string _knownEpoch = "0";

    /// <summary>Creates the store.</summary>
    /// <param name="redis">The connection (share one per process).</param>
    /// <param name="options">Settings; <see langword="null"/> for defaults.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> for the system clock.</param>
    public RedisRateLimitStore(IConnectionMultiplexer redis, RedisRateLimitStoreOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
        _options = options ?? new RedisRateLimitStoreOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _epochKey = _options.KeyPrefix + ":epoch";
        _fallback = new(() => InMemoryRateLimitStore.CreateFallback(_timeProvider));
    }

    /// <summary>Whether the last call went to the local fallback because Redis was unreachable.</summary>
    public bool IsUsingFallback { get; private set; }

    /// <inheritdoc />
    public async ValueTask<RateLimitDecision> AcquireAsync(RateLimitAcquireRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request.Rules);
        var rules = request.Rules;
        var now = Micros(_timeProvider.GetUtcNow());
        var mode = request.RecipientKey == 0 ? 2 : request.PairMode switch
        {
            PairAcquireMode.Reserve => 0,
            PairAcquireMode.FailFast => 1,
            _ => 2,
        };
        var parameters = new AcquireParameters
        {
            throughput = NumberKey(request.PhoneNumberId) + ":t",
            pair = NumberKey(request.PhoneNumberId) + ":p:" + request.RecipientKey.ToString(CultureInfo.InvariantCulture),
            epoch = _epochKey,
            now = now,
            ti = Micros(rules.ThroughputInterval),
            tq = Micros(rules.MaxQueueDelay),
            pi = Micros(rules.PairInterval),
            pt = Micros(rules.PairTolerance),
            mode = mode,
            known = _knownEpoch,
        };

        RedisResult result;
        try
        {
            result = await Acquire.EvaluateAsync(Database, parameters).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            if (_options.FallbackToLocal)
            {
                IsUsingFallback = true;
                return await _fallback.Value.AcquireAsync(request, cancellationToken).ConfigureAwait(false);
            }

            throw Unavailable(e);
        }

        IsUsingFallback = false;
        var values = (RedisResult[])result!;
        _knownEpoch = (string)values[2]!;
        var delay = TimeSpan.FromTicks(((long)values[1] * 10) is var ticks && ticks > 0 ? ticks : 0);
        return new((RateLimitOutcome)(int)values[0], delay);
    }

    /// <inheritdoc />
    public async ValueTask PushForwardAsync(string phoneNumberId, long recipientKey, TimeSpan delay, RateLimitRules rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phoneNumberId);
        ArgumentNullException.ThrowIfNull(rules);
        var now = Micros(_timeProvider.GetUtcNow());
        var until = now + Micros(delay);
        RedisKey key = recipientKey == 0
            ? NumberKey(phoneNumberId) + ":t"
            : NumberKey(phoneNumberId) + ":p:" + recipientKey.ToString(CultureInfo.InvariantCulture);
        if (recipientKey != 0)
        {
            until += Micros(rules.PairTolerance) + Micros(rules.PairInterval);
        }

        try
        {
            await Push.EvaluateAsync(Database, new { key, now, until }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            if (!_options.FallbackToLocal)
            {
                throw Unavailable(e);
            }

            await _fallback.Value.PushForwardAsync(phoneNumberId, recipientKey, delay, rules, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Loads the scripts on every server, so that the first acquires already use EVALSHA.</summary>
    /// <returns>A task that completes when the scripts are loaded.</returns>
    public async Task LoadScriptsAsync()
    {
        foreach (var endpoint in _redis.GetEndPoints())
        {
            var server = _redis.GetServer(endpoint);
            await Acquire.LoadAsync(server).ConfigureAwait(false);
            await Push.LoadAsync(server).ConfigureAwait(false);
        }
    }

    private IDatabase Database => _redis.GetDatabase(_options.Database);

    private string NumberKey(string phoneNumberId) => _options.KeyPrefix + ":{" + phoneNumberId + "}";

    private static long Micros(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private static long Micros(TimeSpan span) => (span.Ticks + 9) / 10;

    private static RateLimitStoreUnavailableException Unavailable(Exception e) =>
        new("The Redis rate-limit store cannot be reached; the send was not made, because sending without the shared limits could exceed them. " +
            "Set RedisRateLimitStoreOptions.FallbackToLocal to keep sending under a local limiter meanwhile.", e);

#pragma warning disable IDE1006 // LuaScript binds @parameters to these member names.
    private sealed class AcquireParameters
    {
        public RedisKey throughput { get; init; }
        public RedisKey pair { get; init; }
        public RedisKey epoch { get; init; }
        public long now { get; init; }
        public long ti { get; init; }
        public long tq { get; init; }
        public long pi { get; init; }
        public long pt { get; init; }
        public int mode { get; init; }
        public string known { get; init; } = "0";
    }
#pragma warning restore IDE1006
}
