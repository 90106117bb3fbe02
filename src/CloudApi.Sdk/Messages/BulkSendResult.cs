namespace CloudApi.Sdk.Messages;

/// <summary>The outcome of a bulk send: one result per message, in input order.</summary>
/// <param name="Messages">The per-message results.</param>
public sealed record BulkSendResult(IReadOnlyList<BulkMessageResult> Messages)
{
    /// <summary>How many messages Meta accepted.</summary>
    public int Accepted => Messages.Count(m => m.IsAccepted);

    /// <summary>How many failed.</summary>
    public int Failed => Messages.Count - Accepted;
}
