namespace CloudApi.Sdk.Messages;

/// <summary>Where one message of a bulk send ended.</summary>
public enum BulkMessageStatus
{
    /// <summary>Meta accepted it; <see cref="BulkMessageResult.Result"/> holds its id.</summary>
    Accepted = 0,

    /// <summary>It failed with a definite answer (Meta refused it, the input was invalid, the limiter refused it): it was not sent.</summary>
    Failed = 1,

    /// <summary>
    /// It may have been sent (<see cref="MessageOutcomeUnknownException"/>: a timeout, a broken connection or a 5xx after its
    /// request was written); check the status webhooks before resending.
    /// </summary>
    OutcomeUnknown = 2,

    /// <summary>The bulk send was cancelled before this message left (<see cref="OperationCanceledException"/>): it was not sent.</summary>
    NotSent = 3,
}
