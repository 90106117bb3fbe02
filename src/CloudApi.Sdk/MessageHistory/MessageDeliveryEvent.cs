using CloudApi.Sdk.MessageHistory.Wire;

namespace CloudApi.Sdk.MessageHistory;

/// <summary>A status of a message and how its webhook was delivered (an item of <see cref="MessageHistoryEntry.Events"/>).</summary>
public sealed class MessageDeliveryEvent
{
    internal MessageDeliveryEvent(
        string id, DeliveryStatus? status, DateTimeOffset? timestamp, string? webhookUpdateState, string? applicationId, string? webhookUri, string? errorDescription)
    {
        Id = id;
        Status = status;
        Timestamp = timestamp;
        WebhookUpdateState = webhookUpdateState;
        ApplicationId = applicationId;
        WebhookUri = webhookUri;
        ErrorDescription = errorDescription;
    }

    internal MessageDeliveryEvent(DeliveryEventWire wire)
        : this(wire.Id ?? string.Empty, wire.DeliveryStatus, wire.Timestamp, wire.WebhookUpdateState, wire.Application?.Id, wire.WebhookUri, wire.ErrorDescription)
    {
    }

    /// <summary>The event's id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The status (<c>delivery_status</c>).</summary>
    public DeliveryStatus? Status { get; }

    /// <summary>When it happened (<c>timestamp</c>).</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>How its webhook went (<c>webhook_update_state</c>: <c>PENDING</c>, <c>DELIVERED</c>, <c>FAILED</c>, <c>RETRYING</c>).</summary>
    public string? WebhookUpdateState { get; }

    /// <summary>The app whose webhook got it (<c>application.id</c>).</summary>
    public string? ApplicationId { get; }

    /// <summary>Where the webhook was sent (<c>webhook_uri</c>).</summary>
    public string? WebhookUri { get; }

    /// <summary>What went wrong, for a failure (<c>error_description</c>).</summary>
    public string? ErrorDescription { get; }
}
