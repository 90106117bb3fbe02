namespace CloudApi.Sdk.Messages;

/// <summary>How far a bulk send got.</summary>
/// <param name="Completed">Messages finished (accepted or failed).</param>
/// <param name="Accepted">Messages Meta accepted.</param>
/// <param name="Failed">Messages that failed (see their <see cref="BulkMessageResult.Error"/>).</param>
public readonly record struct BulkSendProgress(int Completed, int Accepted, int Failed);
