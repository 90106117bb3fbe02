using CloudApi.Sdk.Http;
using CloudApi.Sdk.MessageHistory.Wire;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.MessageHistory;

/// <summary>Message-history calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class MessageHistoryClient : IMessageHistoryClient
{
    private readonly GraphConnection _graph;

    public MessageHistoryClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public GraphPageable<MessageHistoryEntry> ListAsync(MessageHistoryListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var phone = GraphIds.Resolve(options?.PhoneNumberId, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));
        var path = new GraphQuery(phone + "/message_history").Add("message_id", options?.MessageId).Add("limit", options?.PageSize).ToString();
        return new GraphPagedList<MessageHistoryEntryWire, MessageHistoryEntry>(
            _graph, path, WhatsAppJsonContext.Default.MessageHistoryEntryWire, static (wire, source) => new MessageHistoryEntry(wire, source), cancellationToken);
    }

    public GraphPageable<MessageHistoryEvent> ListEventsAsync(string messageHistoryId, MessageHistoryEventListOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!GraphIds.IsValid(messageHistoryId))
        {
            throw new WhatsAppValidationException("messageHistoryId", $"messageHistoryId '{messageHistoryId}' is malformed: Graph ids are digits only.");
        }

        var path = new GraphQuery(messageHistoryId + "/events").Add("status_filter", options?.Status?.Value).Add("limit", options?.PageSize).ToString();
        return new GraphPagedList<HistoryEventEdgeWire, MessageHistoryEvent>(
            _graph, path, WhatsAppJsonContext.Default.HistoryEventEdgeWire, static (wire, source) => new MessageHistoryEvent(wire, source), cancellationToken);
    }
}
