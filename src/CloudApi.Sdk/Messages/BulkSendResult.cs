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

    /// <summary>How many failed.</summary>
    public int Failed => Messages.Count - Accepted;
}
