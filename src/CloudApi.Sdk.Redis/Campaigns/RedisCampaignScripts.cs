using System.Security.Cryptography;
using System.Text;

namespace CloudApi.Sdk.Redis.Campaigns;

/// <summary>
/// The Lua scripts of <see cref="RedisCampaignStore"/>; each changes one campaign's keys together, atomically (layout in
/// <see cref="RedisCampaignKeys"/>, record fields in <see cref="RedisCampaignRecord"/>). ARGV[1] of the scripts that
/// reach records or holds is the campaign's key base (<c>{prefix}:{{name}}</c>). Times are UTC ticks of the caller's
/// <see cref="TimeProvider"/>; the unknown-outcome set is scored in Unix microseconds (a double holds them exactly).
/// </summary>
internal static class RedisCampaignScripts
{
    // Delivery ranks: sent 1 < delivered 2 < read 3 < played 4; failed (100) is final; a status the SDK does not know is 0.
    private const string Common = """
        local base = ARGV[1]
        local function rec(i) return base .. ':m:' .. i end
        local function held(w) return base .. ':h:' .. w end
        local function count(n, field, by) if by ~= 0 then redis.call('HINCRBY', n, field, by) end end
        local function move(n, from, to) if from ~= to then count(n, from, -1) count(n, to, 1) end end
        local function micros(ticks) return math.floor((tonumber(ticks) - 621355968000000000) / 10) end
        local function drop(key, i, w)
          if w then
            redis.call('ZREM', held(w), i)
            redis.call('HDEL', key, 'w')
          end
        end

        """;

    /// <summary>KEYS: info. ARGV: field/value pairs of the info. Returns 1, or 0 when the campaign exists (nothing changed).</summary>
    public static readonly Script Create = new("""
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        redis.call('HSET', KEYS[1], unpack(ARGV))
        return 1
        """);

    /// <summary>KEYS: info. ARGV: field/value pairs. Sets them when the campaign exists; returns 1, else 0.</summary>
    public static readonly Script Update = new("""
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        redis.call('HSET', KEYS[1], unpack(ARGV))
        return 1
        """);

    /// <summary>KEYS: info, heartbeats. ARGV: worker, now. Records the heartbeat when the campaign exists.</summary>
    public static readonly Script Heartbeat = new("""
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
        return 1
        """);

    /// <summary>
    /// KEYS: info, counts, claimable, indexes. ARGV: base, now, then per message: its index, its number of fields, and
    /// the field/value pairs. Stores the messages whose index is new as Pending (claimable); returns how many, or -1 when
    /// the campaign does not exist.
    /// </summary>
    public static readonly Script Add = new(Common + """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local added, at = 0, 3
        while at <= #ARGV do
          local i, width = ARGV[at], tonumber(ARGV[at + 1])
          local key = rec(i)
          if redis.call('EXISTS', key) == 0 then
            local fields = {'s', '0', 'u', ARGV[2]}
            for j = at + 2, at + 1 + 2 * width do fields[#fields + 1] = ARGV[j] end
            redis.call('HSET', key, unpack(fields))
            redis.call('ZADD', KEYS[4], i, i)
            redis.call('ZADD', KEYS[3], i, i)
            added = added + 1
          end
          at = at + 2 + 2 * width
        end
        count(KEYS[2], '0', added)
        return added
        """);

    /// <summary>
    /// KEYS: info, claimable, heartbeats. ARGV: base, worker, max, now, abandoned-before (ticks). Records the worker's
    /// heartbeat; takes over, in index order per dead worker, what workers whose heartbeat is older than abandoned-before
    /// held; then claimable messages, lowest index first. Returns the records (HGETALL each) now held by the worker.
    /// </summary>
    public static readonly Script Claim = new(Common + """
        local out = {}
        if redis.call('EXISTS', KEYS[1]) == 0 then return out end
        local me, max, dead = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[5])
        local hb = KEYS[3]
        redis.call('HSET', hb, me, ARGV[4])
        local mine = held(me)
        local function take(items)
          for j = 1, #items, 2 do
            local i = items[j]
            local key = rec(i)
            redis.call('HSET', key, 'w', me)
            redis.call('ZADD', mine, i, i)
            out[#out + 1] = redis.call('HGETALL', key)
          end
        end
        local beats = redis.call('HGETALL', hb)
        for j = 1, #beats, 2 do
          local worker = beats[j]
          if #out >= max then break end
          if worker ~= me and tonumber(beats[j + 1]) < dead then
            local theirs = held(worker)
            take(redis.call('ZPOPMIN', theirs, max - #out))
            if redis.call('EXISTS', theirs) == 0 then redis.call('HDEL', hb, worker) end
          end
        end
        if #out < max then take(redis.call('ZPOPMIN', KEYS[2], max - #out)) end
        return out
        """);

    /// <summary>
    /// KEYS: info, record, counts, heartbeats. ARGV: base, worker, now. A Pending or NotSent message held by the worker
    /// becomes InFlight (attempts + 1); returns 1, 0 otherwise, -1 when the campaign does not exist.
    /// </summary>
    public static readonly Script MarkInFlight = new(Common + """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local key = KEYS[2]
        local v = redis.call('HMGET', key, 's', 'w')
        if (v[1] ~= '0' and v[1] ~= '5') or v[2] ~= ARGV[2] then return 0 end
        redis.call('HSET', key, 's', '1', 'u', ARGV[3])
        redis.call('HINCRBY', key, 'a', 1)
        move(KEYS[3], v[1], '1')
        redis.call('HSET', KEYS[4], ARGV[2], ARGV[3])
        return 1
        """);

    /// <summary>
    /// KEYS: info, record, counts, claimable, unknown. ARGV: base, worker, state, message id, error kind, error code, error
    /// message (each '' for null, else '=' + value), now. Ends the worker's hold with the outcome. An accepted message stays
    /// accepted (only a missing wamid is filled in); a worker that no longer holds the message changes it only with a
    /// definite answer (Accepted, Failed) over InFlight or OutcomeUnknown. NotSent makes it claimable again. Returns 1 when
    /// the record changed or the hold ended, 0 when ignored, -1 when the campaign does not exist.
    /// </summary>
    public static readonly Script Complete = new(Common + """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local key, n = KEYS[2], KEYS[3]
        local v = redis.call('HMGET', key, 's', 'w', 'i', 'id')
        if not v[1] then return 0 end
        local cur, new, now = v[1], ARGV[3], ARGV[8]
        local holds = v[2] == ARGV[2]
        if holds then drop(key, v[3], v[2]) end
        if cur == '2' then
          if new == '2' and not v[4] and ARGV[4] ~= '' then redis.call('HSET', key, 'id', string.sub(ARGV[4], 2), 'u', now) end
          return 1
        end
        local definite = new == '2' or new == '3'
        if not holds and not (definite and (cur == '1' or cur == '4')) then return 0 end
        move(n, cur, new)
        redis.call('HSET', key, 's', new, 'u', now)
        if ARGV[4] ~= '' then redis.call('HSET', key, 'id', string.sub(ARGV[4], 2)) end
        local errors = {{'ek', ARGV[5]}, {'ec', ARGV[6]}, {'em', ARGV[7]}}
        for _, e in ipairs(errors) do
          if e[2] == '' then redis.call('HDEL', key, e[1]) else redis.call('HSET', key, e[1], string.sub(e[2], 2)) end
        end
        if new == '4' then
          redis.call('ZADD', KEYS[5], micros(now), v[3])
        elseif cur == '4' then
          redis.call('ZREM', KEYS[5], v[3])
        end
        if new == '5' then redis.call('ZADD', KEYS[4], v[3], v[3]) end
        return 1
        """);

    /// <summary>
    /// KEYS: record, counts, claimable, unknown. ARGV: base, message id, status, status rank, now, pricing category, pricing
    /// model, billable (each of the last three '' for null, else '=' + value). Any status proves acceptance (the message is
    /// no longer claimable, and the first wamid stays); delivery moves only forward, failed is final; pricing given
    /// replaces pricing kept. Returns the record (HGETALL), or nil when there is none.
    /// </summary>
    public static readonly Script ApplyStatus = new(Common + """
        local key, n = KEYS[1], KEYS[2]
        local v = redis.call('HMGET', key, 's', 'dr', 'id', 'i')
        if not v[1] then return nil end
        local cur, i = v[1], v[4]
        if cur ~= '2' then
          move(n, cur, '2')
          redis.call('HSET', key, 's', '2')
          redis.call('HDEL', key, 'ek', 'ec', 'em')
          if cur == '4' then redis.call('ZREM', KEYS[4], i) end
        end
        redis.call('ZREM', KEYS[3], i)
        if not v[3] then redis.call('HSET', key, 'id', ARGV[2]) end
        local function reach(r)
          if r == 100 then return 0, 0, 1 end
          return (r >= 2) and 1 or 0, (r >= 3) and 1 or 0, 0
        end
        local old, rank = tonumber(v[2] or '0'), tonumber(ARGV[4])
        if old ~= 100 and rank > old then
          local d0, r0, f0 = reach(old)
          local d1, r1, f1 = reach(rank)
          count(n, 'dl', d1 - d0)
          count(n, 'rd', r1 - r0)
          count(n, 'df', f1 - f0)
          redis.call('HSET', key, 'd', ARGV[3], 'dr', rank)
        end
        local pricing = {{'pc', ARGV[6]}, {'pm', ARGV[7]}, {'b', ARGV[8]}}
        for _, p in ipairs(pricing) do
          if p[2] ~= '' then redis.call('HSET', key, p[1], string.sub(p[2], 2)) end
        end
        redis.call('HSET', key, 'u', ARGV[5])
        return redis.call('HGETALL', key)
        """);

    /// <summary>
    /// KEYS: info, record, counts, claimable, unknown. ARGV: base, now. OutcomeUnknown -> Pending, released from any hold and
    /// claimable; returns 1, 0 otherwise, -1 when the campaign does not exist.
    /// </summary>
    public static readonly Script ResetForResend = new(Common + """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local key = KEYS[2]
        local v = redis.call('HMGET', key, 's', 'i', 'w')
        if v[1] ~= '4' then return 0 end
        redis.call('HSET', key, 's', '0', 'u', ARGV[2])
        redis.call('ZREM', KEYS[5], v[2])
        drop(key, v[2], v[3])
        move(KEYS[3], '4', '0')
        redis.call('ZADD', KEYS[4], v[2], v[2])
        return 1
        """);

    /// <summary>Every script, to load them ahead of use.</summary>
    public static IReadOnlyList<Script> All { get; } = [Create, Update, Heartbeat, Add, Claim, MarkInFlight, Complete, ApplyStatus, ResetForResend];

    /// <summary>A script's text and its SHA-1 (EVALSHA names a script by it).</summary>
    internal sealed class Script(string text)
    {
        public string Text { get; } = text;

#pragma warning disable CA5350 // Redis names a script by the SHA-1 of its text (EVALSHA); no security depends on it.
        public byte[] Hash { get; } = SHA1.HashData(Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5350
    }
}
