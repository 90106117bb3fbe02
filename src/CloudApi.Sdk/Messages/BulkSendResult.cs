namespace CloudApi.Sdk.Messages;

/// <summary>The outcome of a bulk send: one result per message, in input order.</summary>
public sealed class BulkSendResult
{
    internal BulkSendResult(IReadOnlyList<BulkMessageResult> messages)
    {
        Messages = messages;
    }

    /// <summary>The per-message results, in input order.</summary>
    public IReadOnlyList<BulkMessageResult> Messages { get; }

    /// <summary>How many messages Meta accepted.</summary>
    public int Accepted => Messages.Count(m => m.IsAccepted);

    /// <summary>How many were not accepted (failed, outcome unknown, or not sent).</summary>
    public int Failed => Messages.Count - Accepted;

    /// <summary>How many messages ended with <paramref name="status"/>.</summary>
    /// <param name="status">A status.</param>
    /// <returns>The count.</returns>
    public int Count(BulkMessageStatus status) => Messages.Count(m => m.Status == status);
}
