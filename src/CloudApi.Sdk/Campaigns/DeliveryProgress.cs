using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Campaigns;

/// <summary>
/// The order of delivery statuses, which only move forward: sent &lt; delivered &lt; read &lt; played; failed is final. A
/// status the SDK does not know leaves the delivery as it was. Public for store authors, who apply statuses.
/// </summary>
public static class DeliveryProgress
{
    /// <summary>The further of the current delivery and a new status.</summary>
    /// <param name="current">The delivery recorded so far, if any.</param>
    /// <param name="status">The status that arrived.</param>
    /// <returns>The delivery to record.</returns>
    public static DeliveryStatus? Furthest(DeliveryStatus? current, DeliveryStatus status)
    {
        if (current == DeliveryStatus.Failed)
        {
            return current;
        }

        if (status == DeliveryStatus.Failed)
        {
            return status;
        }

        var rank = Rank(status);
        return rank > 0 && rank > (current is { } c ? Rank(c) : 0) ? status : current;
    }

    /// <summary>Whether the message reached the user's device (delivered, read or played).</summary>
    /// <param name="delivery">The recorded delivery.</param>
    /// <returns><see langword="true"/> if it did.</returns>
    public static bool Reached(DeliveryStatus? delivery) => delivery is { } d && Rank(d) >= 2;

    /// <summary>Whether the user read the message (read or played).</summary>
    /// <param name="delivery">The recorded delivery.</param>
    /// <returns><see langword="true"/> if they did.</returns>
    public static bool WasRead(DeliveryStatus? delivery) => delivery is { } d && Rank(d) >= 3;

    private static int Rank(DeliveryStatus status) =>
        status == DeliveryStatus.Sent ? 1
        : status == DeliveryStatus.Delivered ? 2
        : status == DeliveryStatus.Read ? 3
        : status == DeliveryStatus.Played ? 4
        : 0;
}
