using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using CloudApi.Sdk.Campaigns;
using CloudApi.Sdk.Webhooks;
using StackExchange.Redis;
using static CloudApi.Sdk.Redis.Campaigns.RedisCampaignRecord;

namespace CloudApi.Sdk.Redis.Campaigns;

/// <summary>
/// An <see cref="ICampaignStore"/> on Redis, shared by any number of worker processes: every change is one atomic Lua
/// script (EVALSHA, one round trip), so a worker killed at any moment leaves each record either as it was or as it
/// became, never half-changed. Times come from the <see cref="TimeProvider"/> given (keep the workers' clocks in sync,
/// e.g. NTP: a heartbeat judged by a clock that runs ahead can make a live worker look dead).
/// </summary>
/// <remarks>
/// <para>Layout: one hash per message record, a sorted set of claimable indexes (claims take the lowest first, so released
/// messages come back in index order), one sorted set of held indexes per worker with a hash of heartbeats (a claim takes
/// over what a worker whose heartbeat expired held, as stored), a hash of counts kept by the same scripts that change
/// states, a sorted set of unknown outcomes by time, and a marker index (<c>{prefix}:markers</c>) that finds a record
/// from a status webhook without knowing its campaign. A campaign's keys share one hash tag (one cluster slot).</para>
/// <para>Durability is Redis's: run it with persistence (AOF, <c>appendfsync everysec</c> or <c>always</c>) for campaigns
/// that must survive a Redis restart. Keys are never expired; delete a finished campaign's keys when it is no longer
/// needed.</para>
/// </remarks>
public sealed class RedisCampaignStore : ICampaignStore
{
    private const int ReadChunk = 256;

    private readonly IDatabase _database;
    private readonly RedisCampaignStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly RedisKey _markers;
    private readonly ConcurrentDictionary<string, RedisCampaignKeys> _keys = new(StringComparer.Ordinal);

    /// <summary>Creates the store.</summary>
    /// <param name="redis">The connection (share one per process).</param>
    /// <param name="options">Settings; <see langword="null"/> for defaults.</param>
    /// <param name="timeProvider">The clock for heartbeats and <see cref="CampaignMessage.UpdatedAt"/>; <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentException">The key prefix is empty or the add batch size is out of range.</exception>
    public RedisCampaignStore(IConnectionMultiplexer redis, RedisCampaignStoreOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _options = options ?? new RedisCampaignStoreOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(_options.KeyPrefix, nameof(options));
        if (_options.AddBatchSize is < 1 or > 10_000)
        {
            throw new ArgumentException($"AddBatchSize must be 1 to 10,000, got {_options.AddBatchSize}.", nameof(options));
        }

        _database = redis.GetDatabase(_options.Database);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _markers = _options.KeyPrefix + ":markers";
    }

    /// <inheritdoc />
    public async ValueTask<bool> CreateAsync(CampaignInfo campaign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentException.ThrowIfNullOrEmpty(campaign.Name, nameof(campaign));
        cancellationToken.ThrowIfCancellationRequested();
        var keys = Keys(campaign.Name);
        var result = await EvaluateAsync(RedisCampaignScripts.Create, [keys.Info], RedisCampaignInfo.Fields(campaign)).ConfigureAwait(false);
        return (int)result == 1;
    }

    /// <inheritdoc />
    public async ValueTask<CampaignInfo?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entries = await _database.HashGetAllAsync(Keys(name).Info).ConfigureAwait(false);
        return entries.Length == 0 ? null : RedisCampaignInfo.Read(entries);
    }

    /// <inheritdoc />
    public async ValueTask AddMessagesAsync(string name, IReadOnlyList<CampaignMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var keys = Keys(name);
        var now = Invariant(Ticks(_timeProvider.GetUtcNow()));
        for (var start = 0; start < messages.Count; start += _options.AddBatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = Math.Min(messages.Count, start + _options.AddBatchSize);
            var markers = new HashEntry[end - start];
            var values = new List<RedisValue>(2 + ((end - start) * 24)) { keys.Base, now };
            for (var i = start; i < end; i++)
            {
                var message = messages[i];
                ArgumentNullException.ThrowIfNull(message, nameof(messages));
                markers[i - start] = new HashEntry(message.Marker, name + "\n" + Invariant(message.Index));
                var fields = Fields(message);
                values.Add(message.Index);
                values.Add(fields.Count / 2);
                values.AddRange(fields);
            }

            // The marker index first (same connection, so in order): a status that finds a marker whose record is not
            // stored yet is answered "no such message", never a record without its marker.
            var indexed = _database.HashSetAsync(_markers, markers);
            var added = EvaluateAsync(RedisCampaignScripts.Add, [keys.Info, keys.Counts, keys.Claimable, keys.Indexes], [.. values]);
            await indexed.ConfigureAwait(false);
            if ((int)await added.ConfigureAwait(false) < 0)
            {
                throw NoCampaign(name);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask SealAsync(string name, long total, CancellationToken cancellationToken = default) =>
        UpdateAsync(name, ["total", total], cancellationToken);

    /// <inheritdoc />
    public ValueTask SetStateAsync(string name, CampaignRunState state, CancellationToken cancellationToken = default) =>
        UpdateAsync(name, ["state", (int)state], cancellationToken);

    /// <inheritdoc />
    public async ValueTask HeartbeatAsync(string name, string workerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = Keys(name);
        await EvaluateAsync(RedisCampaignScripts.Heartbeat, [keys.Info, keys.Heartbeats], [workerId, Now()]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<CampaignMessage>> ClaimAsync(string name, string workerId, int max, TimeSpan abandonedAfter, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = Keys(name);
        var now = Ticks(_timeProvider.GetUtcNow());
        var result = await EvaluateAsync(
            RedisCampaignScripts.Claim,
            [keys.Info, keys.Claimable, keys.Heartbeats],
            [keys.Base, workerId, max, Invariant(now), Invariant(now - abandonedAfter.Ticks)]).ConfigureAwait(false);
        var records = (RedisResult[])result!;
        var claimed = new CampaignMessage[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            claimed[i] = Read(records[i]);
        }

        return claimed;
    }

    /// <inheritdoc />
    public async ValueTask<bool> MarkInFlightAsync(string name, long index, string workerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = Keys(name);
        var result = (int)await EvaluateAsync(
            RedisCampaignScripts.MarkInFlight,
            [keys.Info, keys.Record(index), keys.Counts, keys.Heartbeats],
            [keys.Base, workerId, Now()]).ConfigureAwait(false);
        return result < 0 ? throw NoCampaign(name) : result == 1;
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(string name, long index, string workerId, CampaignMessageState state, string? messageId, CampaignMessageError? failure, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = Keys(name);
        var result = (int)await EvaluateAsync(
            RedisCampaignScripts.Complete,
            [keys.Info, keys.Record(index), keys.Counts, keys.Claimable, keys.Unknown],
            [
                keys.Base,
                workerId,
                (int)state,
                Optional(messageId),
                Optional(failure?.Kind),
                Optional(failure?.Code?.ToString(CultureInfo.InvariantCulture)),
                Optional(failure?.Message),
                Now(),
            ]).ConfigureAwait(false);
        if (result < 0)
        {
            throw NoCampaign(name);
        }
    }

    /// <inheritdoc />
    public async ValueTask<CampaignMessage?> ApplyStatusAsync(string marker, string messageId, DeliveryStatus status, DateTimeOffset timestamp, string? pricingCategory, string? pricingModel, bool? billable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marker);
        ArgumentNullException.ThrowIfNull(messageId);
        cancellationToken.ThrowIfCancellationRequested();
        var found = (string?)await _database.HashGetAsync(_markers, marker).ConfigureAwait(false);
        var separator = found?.LastIndexOf('\n') ?? -1;
        if (separator < 0 || !long.TryParse(found.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        var keys = Keys(found![..separator]);
        var result = await EvaluateAsync(
            RedisCampaignScripts.ApplyStatus,
            [keys.Record(index), keys.Counts, keys.Claimable, keys.Unknown],
            [
                keys.Base,
                messageId,
                status.Value,
                Rank(status),
                Now(),
                Optional(pricingCategory),
                Optional(pricingModel),
                Optional(billable is { } b ? (b ? "1" : "0") : null),
            ]).ConfigureAwait(false);
        return result.IsNull ? null : Read(result);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<CampaignMessage>> ListUnresolvedAsync(string name, DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var keys = Keys(name);
        var exists = _database.KeyExistsAsync(keys.Info);
        var micros = (olderThan.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        var indexes = _database.SortedSetRangeByScoreAsync(keys.Unknown, double.NegativeInfinity, micros);
        if (!await exists.ConfigureAwait(false))
        {
            throw NoCampaign(name);
        }

        var records = await ReadRecordsAsync(keys, await indexes.ConfigureAwait(false)).ConfigureAwait(false);
        return [.. records.Where(m => m.State == CampaignMessageState.OutcomeUnknown && m.UpdatedAt < olderThan).OrderBy(static m => m.Index)];
    }

    /// <inheritdoc />
    public async ValueTask<bool> ResetForResendAsync(string name, long index, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var keys = Keys(name);
        var result = (int)await EvaluateAsync(
            RedisCampaignScripts.ResetForResend,
            [keys.Info, keys.Record(index), keys.Counts, keys.Claimable, keys.Unknown],
            [keys.Base, Now()]).ConfigureAwait(false);
        return result < 0 ? throw NoCampaign(name) : result == 1;
    }

    /// <inheritdoc />
    public async ValueTask<CampaignCounts> GetCountsAsync(string name, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entries = await _database.HashGetAllAsync(Keys(name).Counts).ConfigureAwait(false);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            counts[entry.Name!] = (long)entry.Value;
        }

        long Count(string field) => counts.GetValueOrDefault(field);
        return new CampaignCounts
        {
            Pending = Count("0"),
            InFlight = Count("1"),
            Accepted = Count("2"),
            Failed = Count("3"),
            OutcomeUnknown = Count("4"),
            NotSent = Count("5"),
            Delivered = Count("dl"),
            Read = Count("rd"),
            DeliveryFailed = Count("df"),
        };
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<CampaignMessage> ReadMessagesAsync(string name, long fromIndex = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var keys = Keys(name);
        var next = Math.Max(0, fromIndex);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var indexes = await _database.SortedSetRangeByScoreAsync(keys.Indexes, next, double.PositiveInfinity, take: ReadChunk).ConfigureAwait(false);
            if (indexes.Length == 0)
            {
                yield break;
            }

            foreach (var message in await ReadRecordsAsync(keys, indexes).ConfigureAwait(false))
            {
                yield return message;
            }

            next = (long)indexes[^1] + 1;
        }
    }

    /// <summary>Loads the scripts on every server, so that the first calls already run by SHA (EVALSHA).</summary>
    /// <returns>A task that completes when the scripts are loaded.</returns>
    public async Task LoadScriptsAsync()
    {
        var multiplexer = _database.Multiplexer;
        foreach (var endpoint in multiplexer.GetEndPoints())
        {
            var server = multiplexer.GetServer(endpoint);
            foreach (var script in RedisCampaignScripts.All)
            {
                await server.ScriptLoadAsync(script.Text).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The records of these indexes, in that order (one pipelined HGETALL each); ones deleted meanwhile are left out.</summary>
    private async Task<List<CampaignMessage>> ReadRecordsAsync(RedisCampaignKeys keys, RedisValue[] indexes)
    {
        var reads = new Task<HashEntry[]>[indexes.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            reads[i] = _database.HashGetAllAsync(keys.Record((long)indexes[i]));
        }

        var records = new List<CampaignMessage>(indexes.Length);
        foreach (var read in reads)
        {
            var entries = await read.ConfigureAwait(false);
            if (entries.Length > 0)
            {
                records.Add(Read(entries));
            }
        }

        return records;
    }

    private async ValueTask UpdateAsync(string name, RedisValue[] fields, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if ((int)await EvaluateAsync(RedisCampaignScripts.Update, [Keys(name).Info], fields).ConfigureAwait(false) == 0)
        {
            throw NoCampaign(name);
        }
    }

    /// <summary>
    /// Runs a script by its SHA (EVALSHA: the text is not sent each time). A server that does not know it (first use, or
    /// restarted since) answers NOSCRIPT; then the text is sent once, which loads it.
    /// </summary>
    private async Task<RedisResult> EvaluateAsync(RedisCampaignScripts.Script script, RedisKey[] keys, RedisValue[] values)
    {
        try
        {
            return await _database.ScriptEvaluateAsync(script.Hash, keys, values).ConfigureAwait(false);
        }
        catch (RedisServerException e) when (e.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal))
        {
            return await _database.ScriptEvaluateAsync(script.Text, keys, values).ConfigureAwait(false);
        }
    }

    private RedisCampaignKeys Keys(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return _keys.GetOrAdd(name, static (n, prefix) => new RedisCampaignKeys(prefix, n), _options.KeyPrefix);
    }

    private string Now() => Invariant(Ticks(_timeProvider.GetUtcNow()));

    private static InvalidOperationException NoCampaign(string name) => new($"There is no campaign named '{name}'.");
}
