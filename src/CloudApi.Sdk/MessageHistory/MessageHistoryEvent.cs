using CloudApi.Sdk.Http;
using CloudApi.Sdk.MessageHistory.Wire;

namespace CloudApi.Sdk.MessageHistory;

/// <summary>One status occurrence of a message (an item of <c>GET /{message-history-id}/events</c>: its <c>node</c>).</summary>
public sealed class MessageHistoryEvent : GraphResult
{
    internal MessageHistoryEvent(
        string id,
        DeliveryStatus? status,
        DateTimeOffset? occurredAt,
        DateTimeOffset? recordedAt,
        string? errorDescription,
        string? applicationId,
        string? applicationName,
        GraphSource source)
        : base(source)
    {
        Id = id;
        Status = status;
        OccurredAt = occurredAt;
        RecordedAt = recordedAt;
        ErrorDescription = errorDescription;
        ApplicationId = applicationId;
        ApplicationName = applicationName;
    }

    internal MessageHistoryEvent(HistoryEventEdgeWire wire, GraphSource source)
        : this(wire.Node?.Id ?? string.Empty, wire.Node?.DeliveryStatus, wire.Node?.OccurrenceTimestamp, wire.Node?.StatusTimestamp, wire.Node?.ErrorDescription,
            wire.Node?.Application?.Id, wire.Node?.Application?.Name, source)
    {
    }

    /// <summary>The occurrence's id (<c>node.id</c>).</summary>
    public string Id { get; }

    /// <summary>The status (<c>node.delivery_status</c>).</summary>
    public DeliveryStatus? Status { get; }

    /// <summary>When the status happened (<c>node.occurrence_timestamp</c>).</summary>
    public DateTimeOffset? OccurredAt { get; }

    /// <summary>When Meta recorded it (<c>node.status_timestamp</c>).</summary>
    public DateTimeOffset? RecordedAt { get; }

    /// <summary>What went wrong, for a failure (<c>node.error_description</c>).</summary>
    public string? ErrorDescription { get; }

    /// <summary>The app that handled the event (<c>node.application.id</c>).</summary>
    public string? ApplicationId { get; }

    /// <summary>The app's name (<c>node.application.name</c>).</summary>
    public string? ApplicationName { get; }
}
