using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
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
/// recipient and one queue length per number, as a wait (the unknown history is not counted as queued sends, so no
/// send is refused for it).</para>
/// <para>While Redis cannot be reached, an acquire waits for it (polling the connection) up to
/// <see cref="RedisRateLimitStoreOptions.OutageWait"/> or its cancellation, then throws
/// <see cref="RateLimitStoreUnavailableException"/>; with <see cref="RedisRateLimitStoreOptions.FallbackToLocal"/> it
/// goes on under a fresh local fallback instead, and when Redis is back the fallback's reservations are written into
/// Redis (every number's queue end, every pair it served as if its burst were used) before the next acquire there.</para>
/// </remarks>
public sealed class RedisRateLimitStore : IWhatsAppRateLimitStore
{
    // KEYS: throughput, pair, epoch. ARGV (microseconds): now, throughput interval, max queue delay, pair interval,
    // pair tolerance, mode (0 reserve, 1 fail fast, 2 skip), the epoch the caller knows ("0": none yet).
    // Returns {outcome, delay}, and the epoch as a third element when it differs from the caller's; outcome 0 acquired,
    // 1 pair reserved, 2 pair rejected, 3 queue full.
    internal const string AcquireScript = """
        local now = tonumber(ARGV[1])
        local ti, tq, pi, pt = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
        local mode, known = tonumber(ARGV[6]), ARGV[7]
        local e = redis.call('HMGET', KEYS[3], 'id', 'guard')
        local epoch, guard = e[1], tonumber(e[2] or '0')
        if not epoch then
          epoch = tostring(now)
          guard = 0
          if known ~= '0' then guard = now end
          redis.call('HSET', KEYS[3], 'id', epoch, 'guard', guard)
        elseif guard == 0 and known ~= '0' and known ~= epoch then
          guard = tonumber(epoch)
          redis.call('HSET', KEYS[3], 'guard', guard)
        end
        local tfloor, pfloor = now, now
        if guard > 0 then
          tfloor = math.max(now, guard + tq)
          pfloor = math.max(now, guard + pt + pi)
        end
        local seen = nil
        if known ~= epoch then seen = epoch end
        local ttat = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), tfloor)
        if ttat - tfloor > tq then return {3, ttat - now, seen} end
        if mode ~= 2 then
          local ptat = math.max(tonumber(redis.call('GET', KEYS[2]) or '0'), pfloor)
          local allowed = ptat - pt
          if allowed > now and mode == 1 then return {2, allowed - now, seen} end
          local newp = ptat + pi
          redis.call('SET', KEYS[2], string.format('%.0f', newp), 'PX', math.ceil((newp - now) / 1000) + 1000)
          if allowed > now then return {1, allowed - now, seen} end
        end
        local newt = ttat + ti
        redis.call('SET', KEYS[1], string.format('%.0f', newt), 'PX', math.ceil((newt - now) / 1000) + 10000)
        return {0, ttat - now, seen}
        """;

    // KEYS: the pair or number key. ARGV: now, until (microseconds). Raises the key's timestamp to at least `until`.
    internal const string PushScript = """
        local now, untilt = tonumber(ARGV[1]), tonumber(ARGV[2])
        local tat = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), untilt)
        redis.call('SET', KEYS[1], string.format('%.0f', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
        return 1
        """;

#pragma warning disable CA5350 // Redis names a script by the SHA-1 of its text (EVALSHA); no security depends on it.
    private static readonly byte[] AcquireHash = SHA1.HashData(Encoding.UTF8.GetBytes(AcquireScript));
    private static readonly byte[] PushHash = SHA1.HashData(Encoding.UTF8.GetBytes(PushScript));
#pragma warning restore CA5350

    private readonly IConnectionMultiplexer _redis;
    private readonly IDatabase _database;
    private readonly RedisRateLimitStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly RedisKey _epochKey;
    private static readonly TimeSpan OutagePoll = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, NumberKeys> _numbers = new(StringComparer.Ordinal);
    private Task<bool>? _recovery;
    private volatile FallbackState? _fallback;
    private NumberKeys? _lastNumber;
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
        _database = redis.GetDatabase(_options.Database);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _epochKey = _options.KeyPrefix + ":epoch";
    }

    /// <summary>Whether the last call went to the local fallback because Redis was unreachable.</summary>
    public bool IsUsingFallback { get; private set; }

    /// <summary>How many acquires are waiting for Redis to come back right now (for tests and diagnostics).</summary>
    internal int WaitingForRedis => Volatile.Read(ref _waiting);

    private int _waiting;

    /// <inheritdoc />
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<RateLimitDecision> AcquireAsync(RateLimitAcquireRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request.PhoneNumberId);
        ArgumentNullException.ThrowIfNull(request.Rules);
        var rules = request.Rules;
        var number = Number(request.PhoneNumberId);
        var mode = request.RecipientKey == 0 ? 2 : request.PairMode switch
        {
            PairAcquireMode.Reserve => 0,
            PairAcquireMode.FailFast => 1,
            _ => 2,
        };
        RedisKey[] keys = [number.Throughput, mode == 2 ? number.Throughput : number.PairKey(request.RecipientKey), _epochKey];
        RedisValue[] values =
        [
            Micros(_timeProvider.GetUtcNow()),
            Micros(rules.ThroughputInterval),
            Micros(rules.MaxQueueDelay),
            Micros(rules.PairInterval),
            Micros(rules.PairTolerance),
            mode,
            _knownEpoch,
        ];

        if (_fallback is not null || !_redis.IsConnected)
        {
            return await AcquireDuringOutageAsync(request, keys, values, cancellationToken).ConfigureAwait(false);
        }

        RedisResult result;
        try
        {
            result = await EvaluateAsync(AcquireHash, AcquireScript, keys, values).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            return await AcquireDuringOutageAsync(request, keys, values, cancellationToken).ConfigureAwait(false);
        }

        return Decision(result);
    }

    private RateLimitDecision Decision(RedisResult result)
    {
        IsUsingFallback = false;
        var answer = (RedisResult[])result!;
        if (answer.Length > 2)
        {
            _knownEpoch = (string)answer[2]!;
        }

        var delay = (long)answer[1];
        return new((RateLimitOutcome)(int)answer[0], delay > 0 ? TimeSpan.FromTicks(delay * 10) : TimeSpan.Zero);
    }

    /// <summary>
    /// Redis is unreachable (or was, and a fallback's reservations are not written back yet): the local fallback answers,
    /// or the acquire waits for Redis, polling the connection, up to <see cref="RedisRateLimitStoreOptions.OutageWait"/>.
    /// </summary>
    private async ValueTask<RateLimitDecision> AcquireDuringOutageAsync(RateLimitAcquireRequest request, RedisKey[] keys, RedisValue[] values, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        Exception? last = null;
        Interlocked.Increment(ref _waiting);
        try
        {
            while (true)
            {
                if (_redis.IsConnected && await TryRecoverAsync(cancellationToken).ConfigureAwait(false))
                {
                    try
                    {
                        values[0] = Micros(_timeProvider.GetUtcNow());
                        return Decision(await EvaluateAsync(AcquireHash, AcquireScript, keys, values).ConfigureAwait(false));
                    }
                    catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
                    {
                        last = e;
                    }
                }

                if (_options.FallbackToLocal)
                {
                    return await FallbackAcquireAsync(request, cancellationToken).ConfigureAwait(false);
                }

                if (_timeProvider.GetElapsedTime(started) >= _options.OutageWait)
                {
                    throw Unavailable(last);
                }

                await Task.Delay(OutagePoll, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private async ValueTask<RateLimitDecision> FallbackAcquireAsync(RateLimitAcquireRequest request, CancellationToken cancellationToken)
    {
        IsUsingFallback = true;
        var fallback = Fallback();
        var decision = await fallback.Store.AcquireAsync(request, cancellationToken).ConfigureAwait(false);
        fallback.Record(request, decision, Micros(_timeProvider.GetUtcNow()));
        return decision;
    }

    /// <summary>The current outage's fallback; a fresh one (starting from "everything may just have been used") per outage.</summary>
    private FallbackState Fallback()
    {
        if (_fallback is { } current)
        {
            return current;
        }

        var created = new FallbackState(InMemoryRateLimitStore.CreateFallback(_timeProvider));
        return Interlocked.CompareExchange(ref _fallback, created, null) ?? created;
    }

    /// <summary>
    /// Writes what the fallback reserved into Redis (raising keys only), then drops the fallback. Returns whether Redis
    /// is in charge again (nothing to write back, or written).
    /// </summary>
    private async ValueTask<bool> TryRecoverAsync(CancellationToken cancellationToken)
    {
        if (_fallback is null)
        {
            return true;
        }

        // One write-back at a time; the acquires that arrive meanwhile wait for it (a second one would only repeat it).
        var running = Volatile.Read(ref _recovery);
        if (running is null || running.IsCompleted)
        {
            var fresh = RecoverAsync();
            running = Interlocked.CompareExchange(ref _recovery, fresh, running) == running ? fresh : Volatile.Read(ref _recovery)!;
        }

        return await running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> RecoverAsync()
    {
        if (_fallback is not { } fallback)
        {
            return true;
        }

        try
        {
            var now = Micros(_timeProvider.GetUtcNow());
            var pushes = new List<Task>();
            foreach (var (number, horizon) in fallback.NumberHorizons)
            {
                pushes.Add(_database.ScriptEvaluateAsync(PushScript, [Number(number).Throughput], [now, horizon]));
            }

            foreach (var (pair, until) in fallback.PairSlots)
            {
                pushes.Add(_database.ScriptEvaluateAsync(PushScript, [Number(pair.PhoneNumberId).PairKey(pair.RecipientKey)], [now, until]));
            }

            await Task.WhenAll(pushes).ConfigureAwait(false);
            Interlocked.CompareExchange(ref _fallback, null, fallback);
            return true;
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async ValueTask PushForwardAsync(string phoneNumberId, long recipientKey, TimeSpan delay, RateLimitRules rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phoneNumberId);
        ArgumentNullException.ThrowIfNull(rules);
        var now = Micros(_timeProvider.GetUtcNow());
        var until = now + Micros(delay);
        var number = Number(phoneNumberId);
        var key = recipientKey == 0 ? number.Throughput : number.PairKey(recipientKey);
        if (recipientKey != 0)
        {
            until += Micros(rules.PairTolerance) + Micros(rules.PairInterval);
        }

        try
        {
            await EvaluateAsync(PushHash, PushScript, [key], [now, until]).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            if (!_options.FallbackToLocal)
            {
                throw Unavailable(e);
            }

            IsUsingFallback = true;
            var fallback = Fallback();
            await fallback.Store.PushForwardAsync(phoneNumberId, recipientKey, delay, rules, cancellationToken).ConfigureAwait(false);
            fallback.RecordPush(phoneNumberId, recipientKey, until);
        }
    }

    /// <summary>Loads the scripts on every server, so that the first acquires already run by SHA (EVALSHA).</summary>
    /// <returns>A task that completes when the scripts are loaded.</returns>
    public async Task LoadScriptsAsync()
    {
        foreach (var endpoint in _redis.GetEndPoints())
        {
            var server = _redis.GetServer(endpoint);
            await server.ScriptLoadAsync(AcquireScript).ConfigureAwait(false);
            await server.ScriptLoadAsync(PushScript).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs a script by its SHA (EVALSHA: the script text is not sent each time). A server that does not know it (first
    /// use, or restarted since) answers NOSCRIPT; then the script text is sent once, which loads it.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<RedisResult> EvaluateAsync(byte[] hash, string script, RedisKey[] keys, RedisValue[] values)
    {
        try
        {
            return await _database.ScriptEvaluateAsync(hash, keys, values).ConfigureAwait(false);
        }
        catch (RedisServerException e) when (e.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal))
        {
            return await _database.ScriptEvaluateAsync(script, keys, values).ConfigureAwait(false);
        }
    }

    /// <summary>The number's keys, built once per number (the last one is kept at hand: most senders use one number).</summary>
    private NumberKeys Number(string phoneNumberId)
    {
        var last = _lastNumber;
        if (last is not null && (ReferenceEquals(last.PhoneNumberId, phoneNumberId) || last.PhoneNumberId == phoneNumberId))
        {
            return last;
        }

        var number = _numbers.GetOrAdd(phoneNumberId, static (id, prefix) => new NumberKeys(id, prefix), _options.KeyPrefix);
        _lastNumber = number;
        return number;
    }

    private static long Micros(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private static long Micros(TimeSpan span) => (span.Ticks + 9) / 10;

    private RateLimitStoreUnavailableException Unavailable(Exception? e) =>
        new($"The Redis rate-limit store could not be reached for {_options.OutageWait}; the send was not made, because sending without the shared limits could exceed them. " +
            "Set RedisRateLimitStoreOptions.FallbackToLocal to keep sending under a local limiter meanwhile.", e);

    /// <summary>
    /// What one outage's fallback reserved, in Redis's microseconds: each number's queue end and, per pair it served, the
    /// slot (written back as if the pair's burst were used from it: the fallback's pair history is not copied in full).
    /// </summary>
    private sealed class FallbackState(InMemoryRateLimitStore store)
    {
        private readonly ConcurrentDictionary<string, long> _numbers = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<(string PhoneNumberId, long RecipientKey), long> _pairs = new();

        public InMemoryRateLimitStore Store { get; } = store;

        public IEnumerable<KeyValuePair<string, long>> NumberHorizons => _numbers;

        public IEnumerable<KeyValuePair<(string PhoneNumberId, long RecipientKey), long>> PairSlots => _pairs;

        public void Record(RateLimitAcquireRequest request, RateLimitDecision decision, long now)
        {
            var delay = Micros(decision.Delay);
            if (decision.Outcome == RateLimitOutcome.Acquired)
            {
                Raise(_numbers, request.PhoneNumberId, now + delay + Micros(request.Rules.ThroughputInterval));
            }

            if (request.RecipientKey != 0 && request.PairMode != PairAcquireMode.Skip &&
                decision.Outcome is RateLimitOutcome.Acquired or RateLimitOutcome.PairReserved)
            {
                var slot = decision.Outcome == RateLimitOutcome.PairReserved ? now + delay : now;
                var rules = request.Rules;
                Raise(_pairs, (request.PhoneNumberId, request.RecipientKey), slot + Micros(rules.PairTolerance) + Micros(rules.PairInterval));
            }
        }

        /// <summary>A push made while Redis was away: <paramref name="until"/> is the key's new timestamp.</summary>
        public void RecordPush(string phoneNumberId, long recipientKey, long until)
        {
            if (recipientKey == 0)
            {
                Raise(_numbers, phoneNumberId, until);
            }
            else
            {
                Raise(_pairs, (phoneNumberId, recipientKey), until);
            }
        }

        private static void Raise<TKey>(ConcurrentDictionary<TKey, long> map, TKey key, long value)
            where TKey : notnull =>
            map.AddOrUpdate(key, static (_, raised) => raised, static (_, current, raised) => Math.Max(current, raised), value);
    }

    /// <summary>A number's keys: <c>{prefix}:{{id}}:t</c> and <c>{prefix}:{{id}}:p:{recipient}</c>.</summary>
    private sealed class NumberKeys(string phoneNumberId, string keyPrefix)
    {
        private readonly string _pairPrefix = keyPrefix + ":{" + phoneNumberId + "}:p:";

        public string PhoneNumberId { get; } = phoneNumberId;

        public RedisKey Throughput { get; } = keyPrefix + ":{" + phoneNumberId + "}:t";

        /// <summary>The pair's key, built in one string allocation.</summary>
        public RedisKey PairKey(long recipientKey)
        {
            Span<char> digits = stackalloc char[20];
            recipientKey.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
            return string.Concat(_pairPrefix.AsSpan(), digits[..length]);
        }
    }
}
