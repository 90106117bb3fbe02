using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.AspNetCore.Conversations;

/// <summary>The conversations' log messages. None carries a message's content.</summary>
internal static partial class ConversationLog
{
    [LoggerMessage(101, LogLevel.Error, "A reply filter failed on message {MessageId}; the message goes to the handlers.")]
    public static partial void FilterFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(102, LogLevel.Warning, "The conversation backplane failed to {Operation}; waits still take the answers reaching this instance.")]
    public static partial void BackplaneFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(103, LogLevel.Debug, "Message {MessageId} answered a waiting conversation{Where}; no handler runs for it.")]
    public static partial void Consumed(ILogger logger, string messageId, string where);

    [LoggerMessage(104, LogLevel.Warning, "Message {MessageId} answered a waiting conversation but could not be recorded as handled; the handlers may see it too.")]
    public static partial void ConsumedNotRecorded(ILogger logger, Exception exception, string messageId);
}
