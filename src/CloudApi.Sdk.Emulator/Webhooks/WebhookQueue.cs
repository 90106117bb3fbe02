using System.Threading.Channels;

namespace CloudApi.Sdk.Emulator.Webhooks;

/// <summary>
/// The bounded queue between the endpoints and the delivery worker. Webhooks are delivered one at a time in the order
/// queued, so a message's statuses arrive as sent, delivered, read. A full queue makes the producer wait.
/// </summary>
internal sealed class WebhookQueue
{
    private readonly Channel<string> _channel;

    public WebhookQueue(EmulatorOptions options)
    {
        Enabled = options.WebhookCallbackUri is not null;
        _channel = Channel.CreateBounded<string>(new BoundedChannelOptions(options.Webhooks.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Gets a value indicating whether a callback is configured; without one nothing is queued.</summary>
    public bool Enabled { get; }

    public ChannelReader<string> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(string body, CancellationToken cancellationToken) =>
        Enabled ? _channel.Writer.WriteAsync(body, cancellationToken) : ValueTask.CompletedTask;

    public void Complete() => _channel.Writer.TryComplete();
}
