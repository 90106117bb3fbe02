using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Webhooks;

/// <summary>
/// The inbox's Redis commands: a stream of notifications (fields <c>body</c>, the raw bytes Meta signed, and
/// <c>received</c>, Unix milliseconds), read through one consumer group; an entry is deleted once acknowledged, so the
/// stream holds only what is not yet handled, and nothing unhandled is ever trimmed. A pub/sub message on
/// <c>{stream}:added</c> wakes idle workers of every instance.
/// </summary>
internal sealed class RedisWebhookStream
{
    internal const string BodyField = "body";
    internal const string ReceivedField = "received";

    private readonly IDatabase _database;
    private readonly RedisChannel _added;
    private volatile bool _groupEnsured;

    public RedisWebhookStream(IConnectionMultiplexer connection, IOptions<RedisWebhookInboxOptions> options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var settings = options.Value;
        Connection = connection;
        _database = connection.GetDatabase(settings.Database);
        Key = settings.StreamKey;
        DeadLetterKey = settings.DeadLetterStreamKey ?? settings.StreamKey + ":dead";
        Group = settings.ConsumerGroup;
        DeadLetterMaxLength = settings.DeadLetterMaxLength;
        _added = RedisChannel.Literal(settings.StreamKey + ":added");
    }

    public IConnectionMultiplexer Connection { get; }

    public RedisKey Key { get; }

    public RedisKey DeadLetterKey { get; }

    public string Group { get; }

    private int DeadLetterMaxLength { get; }

    /// <summary>Raised when an entry was added (by this instance, or by another one through pub/sub).</summary>
    public event Action? Added;

    /// <summary>Appends a notification; returns once Redis has it. Idle workers everywhere are woken.</summary>
    public async Task<RedisValue> AddAsync(ReadOnlyMemory<byte> body, DateTimeOffset receivedAt)
    {
        await EnsureGroupAsync().ConfigureAwait(false);
        var id = await _database.StreamAddAsync(Key, [new(BodyField, body.ToArray()), new(ReceivedField, receivedAt.ToUnixTimeMilliseconds())])
            .ConfigureAwait(false);
        Added?.Invoke();
        _ = _database.PublishAsync(_added, id, CommandFlags.FireAndForget);
        return id;
    }

    /// <summary>Subscribes to other instances' additions.</summary>
    public Task SubscribeAsync() => Connection.GetSubscriber().SubscribeAsync(_added, (_, _) => Added?.Invoke());

    public Task UnsubscribeAsync() => Connection.GetSubscriber().UnsubscribeAsync(_added);

    /// <summary>Entries never delivered to any consumer of the group (XREADGROUP &gt;).</summary>
    public Task<StreamEntry[]> ReadNewAsync(string consumer, int count) =>
        WithGroupAsync(() => _database.StreamReadGroupAsync(Key, Group, consumer, StreamPosition.NewMessages, count));

    /// <summary>Takes over entries delivered but not acknowledged for at least <paramref name="minIdle"/> (XAUTOCLAIM).</summary>
    public Task<StreamAutoClaimResult> ClaimAsync(string consumer, TimeSpan minIdle, RedisValue cursor, int count) =>
        WithGroupAsync(() => _database.StreamAutoClaimAsync(Key, Group, consumer, (long)minIdle.TotalMilliseconds, cursor, count));

    /// <summary>How many times the entry was delivered (XPENDING of its id); 0 when it is no longer pending.</summary>
    public async Task<int> DeliveryCountAsync(RedisValue id)
    {
        var pending = await _database.StreamPendingMessagesAsync(Key, Group, 1, RedisValue.Null, id, id).ConfigureAwait(false);
        return pending.Length == 0 ? 0 : pending[0].DeliveryCount;
    }

    /// <summary>Acknowledges and deletes an entry, atomically (MULTI XACK XDEL).</summary>
    public async Task AcknowledgeAsync(RedisValue id)
    {
        var transaction = _database.CreateTransaction();
        _ = transaction.StreamAcknowledgeAsync(Key, Group, id);
        _ = transaction.StreamDeleteAsync(Key, [id]);
        await transaction.ExecuteAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Moves an entry to the dead-letter stream, atomically: its own fields (<c>body</c>, <c>received</c>) plus <c>id</c>,
    /// <c>deliveries</c> and <c>reason</c>.
    /// </summary>
    public async Task DeadLetterAsync(StreamEntry entry, int deliveries, string reason)
    {
        NameValueEntry[] fields =
        [
            .. entry.Values.Where(static v => v.Name != "id" && v.Name != "deliveries" && v.Name != "reason"),
            new("id", entry.Id),
            new("deliveries", deliveries),
            new("reason", reason),
        ];
        var transaction = _database.CreateTransaction();
        _ = transaction.StreamAddAsync(DeadLetterKey, fields, maxLength: DeadLetterMaxLength, useApproximateMaxLength: true);
        _ = transaction.StreamAcknowledgeAsync(Key, Group, entry.Id);
        _ = transaction.StreamDeleteAsync(Key, [entry.Id]);
        await transaction.ExecuteAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Creates the group (and the stream) if missing, from the start of the stream so that entries added before any worker
    /// ran are delivered too.
    /// </summary>
    public async Task EnsureGroupAsync(bool force = false)
    {
        if (_groupEnsured && !force)
        {
            return;
        }

        try
        {
            await _database.StreamCreateConsumerGroupAsync(Key, Group, StreamPosition.Beginning, createStream: true).ConfigureAwait(false);
        }
        catch (RedisServerException e) when (e.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another instance created it.
        }

        _groupEnsured = true;
    }

    /// <summary>Runs a group command; when Redis lost the group (restarted without persistence), recreates it and retries once.</summary>
    private async Task<T> WithGroupAsync<T>(Func<Task<T>> command)
    {
        await EnsureGroupAsync().ConfigureAwait(false);
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (RedisServerException e) when (e.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            await EnsureGroupAsync(force: true).ConfigureAwait(false);
            return await command().ConfigureAwait(false);
        }
    }
}
