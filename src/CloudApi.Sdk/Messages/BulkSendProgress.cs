namespace CloudApi.Sdk.Messages;

/// <summary>How far a bulk send got.</summary>
public readonly struct BulkSendProgress
{
    internal BulkSendProgress(int completed, int accepted, int failed)
    {
        Completed = completed;
        Accepted = accepted;
        Failed = failed;
    }

    /// <summary>Messages finished (accepted or failed).</summary>
    public int Completed { get; }

    /// <summary>Messages Meta accepted.</summary>
    public int Accepted { get; }

    /// <summary>Messages that failed (see their <see cref="BulkMessageResult.Error"/>).</summary>
    public int Failed { get; }

    /// <summary>Returns the counts, e.g. <c>12 done (11 accepted, 1 failed)</c>.</summary>
    /// <returns>The counts.</returns>
    public override string ToString() => $"{Completed} done ({Accepted} accepted, {Failed} failed)";
}
