using CloudApi.Sdk.Http;
using CloudApi.Sdk.MessageHistory.Wire;

namespace CloudApi.Sdk.MessageHistory;

/// <summary>The delivery history of one sent message (an item of <c>GET /{phone-number-id}/message_history</c>).</summary>
public sealed class MessageHistoryEntry : GraphResult
{
    internal MessageHistoryEntry(string id, string? messageId, IReadOnlyList<MessageDeliveryEvent> events, GraphSource source)
        : base(source)
    {
        Id = id;
        MessageId = messageId;
        Events = events;
    }

    internal MessageHistoryEntry(MessageHistoryEntryWire wire, GraphSource source)
        : this(wire.Id ?? string.Empty, wire.MessageId, [.. (wire.Events?.Data ?? []).Select(static e => new MessageDeliveryEvent(e))], source)
    {
    }

    /// <summary>The history's id (<c>id</c>), for <see cref="IMessageHistoryClient.ListEventsAsync"/>.</summary>
    public string Id { get; }

    /// <summary>The message (<c>message_id</c>, a <c>wamid.</c>).</summary>
    public string? MessageId { get; }

    /// <summary>
    /// The events in this answer (<c>events.data</c>): the first page of them; <see cref="IMessageHistoryClient.ListEventsAsync"/>
    /// reads them all. Empty when Meta sent none.
    /// </summary>
    public IReadOnlyList<MessageDeliveryEvent> Events { get; }
}
