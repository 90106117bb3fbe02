using System.Threading.Channels;
using CloudApi.Sdk.AspNetCore.Diagnostics;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Dispatch;

/// <summary>
/// The default inbox: a bounded in-process queue between the endpoint and <see cref="MemoryWebhookInboxWorker"/>. Not
/// durable: notifications still queued when the process dies are lost (Meta was already answered).
/// </summary>
internal sealed class MemoryWebhookInbox : IWebhookInbox
{
    private readonly Channel<QueuedNotification> _channel;

    public MemoryWebhookInbox(IOptionsMonitor<WhatsAppWebhookOptions> options, WebhookMetrics? metrics = null)
    {
        var settings = options.CurrentValue;
        Capacity = settings.QueueCapacity;
        _channel = Channel.CreateBounded<QueuedNotification>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails at once when full: the endpoint answers 503.
            SingleReader = settings.QueueWorkers == 1,
        });
        metrics?.ObserveQueue(() => _channel.Reader.Count);
    }

    public int Capacity { get; }

    public ChannelReader<QueuedNotification> Reader => _channel.Reader;

    public ValueTask<bool> TryAddAsync(ReadOnlyMemory<byte> body, WebhookNotification notification, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return ValueTask.FromResult(_channel.Writer.TryWrite(new QueuedNotification(notification, receivedAt)));
    }

    /// <summary>Stops accepting; what is queued is still dispatched.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}

internal readonly record struct QueuedNotification(WebhookNotification Notification, DateTimeOffset ReceivedAt);
