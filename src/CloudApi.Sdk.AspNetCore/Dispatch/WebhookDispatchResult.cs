namespace CloudApi.Sdk.AspNetCore;

/// <summary>The outcome of dispatching one notification (<see cref="IWebhookDispatcher.DispatchAsync"/>).</summary>
public readonly struct WebhookDispatchResult : IEquatable<WebhookDispatchResult>
{
    /// <summary>Creates a result (for tests of inboxes).</summary>
    /// <param name="handled">Events every handler completed.</param>
    /// <param name="duplicates">Events skipped because they were already handled.</param>
    /// <param name="failed">Events at least one handler failed on (or was cancelled on).</param>
    public WebhookDispatchResult(int handled, int duplicates, int failed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(handled);
        ArgumentOutOfRangeException.ThrowIfNegative(duplicates);
        ArgumentOutOfRangeException.ThrowIfNegative(failed);
        Handled = handled;
        Duplicates = duplicates;
        Failed = failed;
    }

    /// <summary>Events every handler completed.</summary>
    public int Handled { get; }

    /// <summary>Events skipped because they were already handled.</summary>
    public int Duplicates { get; }

    /// <summary>Events at least one handler failed on (or was cancelled on); they are not recorded as handled.</summary>
    public int Failed { get; }

    /// <summary>Whether no event failed: the notification may be acknowledged.</summary>
    public bool Succeeded => Failed == 0;

    /// <summary>Compares two results.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether all counts are equal.</returns>
    public static bool operator ==(WebhookDispatchResult left, WebhookDispatchResult right) => left.Equals(right);

    /// <summary>Compares two results.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether a count differs.</returns>
    public static bool operator !=(WebhookDispatchResult left, WebhookDispatchResult right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(WebhookDispatchResult other) => Handled == other.Handled && Duplicates == other.Duplicates && Failed == other.Failed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebhookDispatchResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Handled, Duplicates, Failed);

    /// <inheritdoc />
    public override string ToString() => $"{Handled} handled, {Duplicates} duplicates, {Failed} failed";
}
