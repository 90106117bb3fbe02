using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.Redis.Webhooks;

/// <summary>The Redis inbox's log messages. None carries a body.</summary>
internal static partial class RedisWebhookLog
{
    [LoggerMessage(101, LogLevel.Information, "Redis webhook inbox: consumer {Consumer} reads {Stream} through group {Group} with {Workers} worker(s).")]
    public static partial void Started(ILogger logger, string consumer, string stream, string group, int workers);

    [LoggerMessage(102, LogLevel.Warning, "Redis webhook inbox: entry {EntryId} had {Failed} failed event(s) on delivery {Delivery} of {MaxDeliveries}; it is retried after the claim idle time.")]
    public static partial void Failed(ILogger logger, string entryId, int failed, int delivery, int maxDeliveries);

    [LoggerMessage(103, LogLevel.Error, "Redis webhook inbox: entry {EntryId} moved to dead-letter stream {DeadLetterStream} after {Deliveries} deliveries ({Reason}).")]
    public static partial void DeadLettered(ILogger logger, string entryId, string deadLetterStream, int deliveries, string reason);

    [LoggerMessage(104, LogLevel.Warning, "Redis webhook inbox: a worker failed talking to Redis; it tries again after the poll interval.")]
    public static partial void WorkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(105, LogLevel.Information, "Redis webhook inbox: consumer {Consumer} took over {Count} entr(ies) idle for at least {IdleTime}.")]
    public static partial void Claimed(ILogger logger, string consumer, int count, TimeSpan idleTime);
}
