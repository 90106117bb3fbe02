namespace CloudApi.Sdk.MessageHistory;

/// <summary>
/// Reads the delivery history of a number's sent messages: each message's statuses (sent, delivered, read, failed) and
/// how their webhooks were delivered. Calls default to <see cref="WhatsAppOptions.PhoneNumberId"/>.
/// </summary>
public interface IMessageHistoryClient
{
    /// <summary>
    /// Lists the number's message histories (<c>GET /{phone-number-id}/message_history</c>), each with its first events,
    /// following cursor paging lazily.
    /// </summary>
    /// <param name="options">The number, one message to look up, and the page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The histories; each keeps its own JSON.</returns>
    GraphPageable<MessageHistoryEntry> ListAsync(MessageHistoryListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists every event of one history (<c>GET /{message-history-id}/events</c>), following cursor paging lazily.</summary>
    /// <param name="messageHistoryId">The history's id (<see cref="MessageHistoryEntry.Id"/>).</param>
    /// <param name="options">A status to keep and the page size; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels every enumeration of the list.</param>
    /// <returns>The events; each keeps its own JSON.</returns>
    /// <exception cref="WhatsAppValidationException">The id is malformed; nothing was sent.</exception>
    GraphPageable<MessageHistoryEvent> ListEventsAsync(string messageHistoryId, MessageHistoryEventListOptions? options = null, CancellationToken cancellationToken = default);
}
