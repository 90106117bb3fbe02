using System.Collections.Concurrent;
using System.Text;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CloudApi.Sdk.Redis.Conversations;

/// <summary>
/// Conversations across instances on Redis. A wait is announced as a key <c>{prefix}:waiting:{user}</c> holding the
/// waiting instance's id (expiring with the wait). An instance receiving a message from that user publishes it (the
/// verified body and the message id) on the waiting instance's channel and waits for its answer on its own: "taken"
/// (the message is consumed) or not (it is handled where it arrived). No subscriber, no answer in time, or Redis down:
/// handled where it arrived.
/// </summary>
/// <remarks>
/// Frames on the channels: <c>D\n{request id}\n{reply instance}\n{message id}\n{body}</c> (deliver) and
/// <c>R\n{request id}\n{1|0}</c> (reply).
/// </remarks>
internal sealed class RedisConversationBackplane : IConversationBackplane, IAsyncDisposable
{
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisConversationOptions _options;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RedisConversationBackplane> _logger;
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _requests = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _subscribeLock = new(1, 1);
    private ChannelMessageQueue? _subscription;

    public RedisConversationBackplane(IConnectionMultiplexer redis, RedisConversationOptions options, IServiceProvider services, TimeProvider timeProvider, ILogger<RedisConversationBackplane> logger)
    {
        _redis = redis;
        _options = options;
        _services = services;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    private IDatabase Db => _redis.GetDatabase(_options.Database);

    public async ValueTask AnnounceAsync(string user, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await EnsureSubscribedAsync().ConfigureAwait(false);
        await Db.StringSetAsync(WaitingKey(user), _instance, timeout + TimeSpan.FromSeconds(1)).ConfigureAwait(false);
    }

    public async ValueTask WithdrawAsync(string user, CancellationToken cancellationToken = default) =>
        await Db.ScriptEvaluateAsync(DeleteIfOwnedScript, [WaitingKey(user)], [_instance]).ConfigureAwait(false);

    public async ValueTask<bool> TryDeliverAsync(InboundMessage message, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var user in SenderKeys(message))
        {
            var owner = (string?)await Db.StringGetAsync(WaitingKey(user)).ConfigureAwait(false);
            if (owner is null || owner == _instance)
            {
                continue;
            }

            await EnsureSubscribedAsync().ConfigureAwait(false);
            var requestId = Guid.NewGuid().ToString("N");
            var answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _requests[requestId] = answer;
            try
            {
                var frame = DeliverFrame(requestId, message.Id, body.Span);
                if (await _redis.GetSubscriber().PublishAsync(Channel(owner), frame).ConfigureAwait(false) == 0)
                {
                    continue; // the instance is gone; its key expires with its wait
                }

                try
                {
                    return await answer.Task.WaitAsync(_options.DeliveryTimeout, _timeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    RedisConversationLog.NoAnswer(_logger, message.Id, _options.DeliveryTimeout);
                    return false;
                }
            }
            finally
            {
                _requests.TryRemove(requestId, out _);
            }
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscription is { } subscription)
        {
            await subscription.UnsubscribeAsync().ConfigureAwait(false);
        }

        _subscribeLock.Dispose();
    }

    private async ValueTask EnsureSubscribedAsync()
    {
        if (Volatile.Read(ref _subscription) is not null)
        {
            return;
        }

        await _subscribeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_subscription is null)
            {
                var queue = await _redis.GetSubscriber().SubscribeAsync(Channel(_instance)).ConfigureAwait(false);
                queue.OnMessage(OnFrameAsync);
                Volatile.Write(ref _subscription, queue);
            }
        }
        finally
        {
            _subscribeLock.Release();
        }
    }

    private async Task OnFrameAsync(ChannelMessage channelMessage)
    {
        try
        {
            var frame = (ReadOnlyMemory<byte>)channelMessage.Message;
            var fields = Split(frame, out var rest);
            if (fields is ["R", var requestId, var taken])
            {
                if (_requests.TryGetValue(requestId, out var answer))
                {
                    answer.TrySetResult(taken == "1");
                }
            }
            else if (fields is ["D", var deliverId, var replyTo, var messageId])
            {
                var took = Deliver(rest, messageId);
                await _redis.GetSubscriber().PublishAsync(Channel(replyTo), Encoding.UTF8.GetBytes($"R\n{deliverId}\n{(took ? '1' : '0')}")).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // A bad frame or a failed reply must not stop the subscription; the sender times out and handles the message.
        catch (Exception e)
#pragma warning restore CA1031
        {
            RedisConversationLog.FrameFailed(_logger, e);
        }
    }

    private bool Deliver(ReadOnlyMemory<byte> body, string messageId)
    {
        var notification = WhatsAppWebhookParser.Parse(body);
        var message = notification.Events.OfType<InboundMessage>().FirstOrDefault(m => m.Id == messageId);
        return message is not null && _services.GetRequiredService<IWhatsAppConversations>().TryDeliver(message);
    }

    private byte[] DeliverFrame(string requestId, string messageId, ReadOnlySpan<byte> body)
    {
        var header = Encoding.UTF8.GetBytes($"D\n{requestId}\n{_instance}\n{messageId}\n");
        var frame = new byte[header.Length + body.Length];
        header.CopyTo(frame, 0);
        body.CopyTo(frame.AsSpan(header.Length));
        return frame;
    }

    /// <summary>The header fields of a frame (a reply has three, a delivery four, the body after them in <paramref name="rest"/>).</summary>
    private static string[] Split(ReadOnlyMemory<byte> frame, out ReadOnlyMemory<byte> rest)
    {
        var fields = new List<string>(4);
        var remaining = frame;
        var expected = frame.Span is [(byte)'D', ..] ? 4 : 3;
        while (fields.Count < expected)
        {
            var end = remaining.Span.IndexOf((byte)'\n');
            if (end < 0)
            {
                fields.Add(Encoding.UTF8.GetString(remaining.Span));
                remaining = ReadOnlyMemory<byte>.Empty;
                break;
            }

            fields.Add(Encoding.UTF8.GetString(remaining.Span[..end]));
            remaining = remaining[(end + 1)..];
        }

        rest = remaining;
        return [.. fields];
    }

    private static IEnumerable<string> SenderKeys(InboundMessage message)
    {
        if (!string.IsNullOrEmpty(message.From))
        {
            yield return message.From;
        }

        if (!string.IsNullOrEmpty(message.FromUserId) && message.FromUserId != message.From)
        {
            yield return message.FromUserId;
        }
    }

    private RedisKey WaitingKey(string user) => $"{_options.KeyPrefix}:waiting:{user}";

    private RedisChannel Channel(string instance) => RedisChannel.Literal($"{_options.KeyPrefix}:instance:{instance}");

    private const string DeleteIfOwnedScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";
}
