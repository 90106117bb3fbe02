namespace CloudApi.Sdk.Messages;

/// <summary>
/// A bulk send was cancelled. <see cref="Result"/> still accounts for every message read from the batch: the ones Meta
/// accepted (with their ids), the ones whose outcome is unknown, and the ones that were not sent.
/// </summary>
public sealed class BulkSendCanceledException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="result">One result per message read from the batch.</param>
    /// <param name="cancellationToken">The token that cancelled the bulk send.</param>
    public BulkSendCanceledException(BulkSendResult result, CancellationToken cancellationToken)
        : base(Describe(result), null, cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
    }

    /// <summary>One result per message read from the batch, in input order.</summary>
    public BulkSendResult Result { get; }

    private static string Describe(BulkSendResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"The bulk send was cancelled: {result.Accepted} accepted, {result.Count(BulkMessageStatus.OutcomeUnknown)} with an unknown outcome, " +
            $"{result.Count(BulkMessageStatus.NotSent)} not sent, {result.Count(BulkMessageStatus.Failed)} failed, of {result.Messages.Count} read.";
    }
}
