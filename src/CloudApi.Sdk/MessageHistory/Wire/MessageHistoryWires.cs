using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.MessageHistory.Wire;

/// <summary>An element of <c>GET /{phone-number-id}/message_history</c>.</summary>
internal sealed class MessageHistoryEntryWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? MessageId { get; set; }

    public EventsWire? Events { get; set; }

    internal sealed class EventsWire
    {
        public List<DeliveryEventWire>? Data { get; set; }
    }
}

/// <summary>An item of a history's <c>events.data</c>.</summary>
internal sealed class DeliveryEventWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public DeliveryStatus? DeliveryStatus { get; set; }

    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    public string? WebhookUpdateState { get; set; }

    public ApplicationWire? Application { get; set; }

    public string? WebhookUri { get; set; }

    public string? ErrorDescription { get; set; }
}

/// <summary>An element of <c>GET /{message-history-id}/events</c>: a cursor and its node.</summary>
internal sealed class HistoryEventEdgeWire
{
    public string? Cursor { get; set; }

    public NodeWire? Node { get; set; }

    internal sealed class NodeWire
    {
        [JsonConverter(typeof(LenientStringConverter))]
        public string? Id { get; set; }

        public DeliveryStatus? DeliveryStatus { get; set; }

        public string? ErrorDescription { get; set; }

        [JsonConverter(typeof(UnixTimeConverter))]
        public DateTimeOffset? OccurrenceTimestamp { get; set; }

        [JsonConverter(typeof(UnixTimeConverter))]
        public DateTimeOffset? StatusTimestamp { get; set; }

        public ApplicationWire? Application { get; set; }
    }
}

/// <summary>The <c>application</c> object of an event.</summary>
internal sealed class ApplicationWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Name { get; set; }
}
