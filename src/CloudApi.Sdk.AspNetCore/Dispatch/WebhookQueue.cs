using System.Threading.Channels;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Dispatch;

/// <summary>The bounded queue between the endpoint and the background dispatcher (queued mode).</summary>
internal sealed class WebhookQueue
{
    private readonly Channel<QueuedNotification> _channel;

    public WebhookQueue(IOptionsMonitor<WhatsAppWebhookOptions> options)
    {
        var settings = options.CurrentValue;
        Capacity = settings.QueueCapacity;
        _channel = Channel.CreateBounded<QueuedNotification>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails at once when full: the endpoint answers 503.
            SingleReader = settings.QueueWorkers == 1,
        });
    }

    public int Capacity { get; }

    public ChannelReader<QueuedNotification> Reader => _channel.Reader;

    public bool TryEnqueue(WebhookNotification notification, DateTimeOffset receivedAt) =>
        _channel.Writer.TryWrite(new QueuedNotification(notification, receivedAt));

    /// <summary>Stops accepting; what is queued is still dispatched.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}

internal readonly record struct QueuedNotification(WebhookNotification Notification, DateTimeOffset ReceivedAt);
