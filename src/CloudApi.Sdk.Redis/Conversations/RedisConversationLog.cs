using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.Redis.Conversations;

/// <summary>The Redis conversation backplane's log messages. None carries a message's content.</summary>
internal static partial class RedisConversationLog
{
    [LoggerMessage(201, LogLevel.Warning, "The instance waiting for the sender of {MessageId} did not answer within {Timeout}; the message is handled here.")]
    public static partial void NoAnswer(ILogger logger, string messageId, TimeSpan timeout);

    [LoggerMessage(202, LogLevel.Error, "A conversation backplane frame could not be handled.")]
    public static partial void FrameFailed(ILogger logger, Exception exception);
}
