namespace CloudApi.Sdk.Messages;

/// <summary>The outcome of one message of a bulk send: its result, or the typed error it failed with.</summary>
public sealed class BulkMessageResult
{
    internal BulkMessageResult(int index, BulkMessage message, SendMessageResult? result, Exception? error)
    {
        Index = index;
        Message = message;
        Result = result;
        Error = error;
        Status = error switch
        {
            null => BulkMessageStatus.Accepted,
            MessageOutcomeUnknownException => BulkMessageStatus.OutcomeUnknown,
            OperationCanceledException => BulkMessageStatus.NotSent,
            _ => BulkMessageStatus.Failed,
        };
    }

    /// <summary>The message's position in the input.</summary>
    public int Index { get; }

    /// <summary>The message as given.</summary>
    public BulkMessage Message { get; }

    /// <summary>Meta's answer when accepted; <see langword="null"/> when it failed.</summary>
    public SendMessageResult? Result { get; }

    /// <summary>
    /// The failure (<see cref="WhatsAppApiException"/>, <see cref="RateLimiting.PairRateLimitExceededException"/>,
    /// <see cref="MessageOutcomeUnknownException"/>, <see cref="WhatsAppValidationException"/>, ...); <see langword="null"/> when accepted.
    /// </summary>
    public Exception? Error { get; }

    /// <summary>Where the message ended: accepted, failed, outcome unknown, or not sent (the bulk send was cancelled first).</summary>
    public BulkMessageStatus Status { get; }

    /// <summary>Whether Meta accepted the message.</summary>
    public bool IsAccepted => Result is not null;
}
