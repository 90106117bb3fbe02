using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Messages;

/// <summary>Sends messages through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class MessagesClient : IMessagesClient
{
    private static readonly ResponseParser<SendMessageResult> ParseSendResult = SendMessageResultReader.Read;
    private static readonly ResponseParser<bool> ParseSuccess = SuccessReader.Read;

    private readonly GraphConnection _graph;

    /// <param name="graph">The tenant's connection.</param>
    public MessagesClient(GraphConnection graph)
    {
        _graph = graph;
    }

    /// <summary>The clock of the connection's limiter and timeouts (the bulk sender waits on it).</summary>
    public TimeProvider TimeProvider => _graph.TimeProvider;

    public Task<SendMessageResult> SendAsync(WhatsAppRecipient recipient, WhatsAppMessage message, SendMessageOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        CheckRecipient(recipient, message);
        options?.Validate(message);
        var phoneNumberId = GraphIds.Resolve(options?.PhoneNumberId, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));

        var send = new MessageSend(phoneNumberId, recipient.Value, recipient.LimiterKey, message.Type, options?.BizOpaqueCallbackData);
        var request = new HttpRequestMessage(HttpMethod.Post, _graph.MessagesUri(phoneNumberId))
        {
            Content = PooledJsonContent.Create((recipient, message, options), static (writer, state) =>
                MessageRequestWriter.WriteSend(writer, state.recipient, state.message, state.options)),
        };
        return _graph.SendMessageAsync(request, send, ParseSendResult, cancellationToken);
    }

    public Task<SendMessageResult> SendTextAsync(WhatsAppRecipient recipient, string body, SendMessageOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, new TextMessage(body), options, cancellationToken);

    /// <summary>
    /// The recipient rules of a send: a recipient is required, and a group takes no interactive message (Meta sends text,
    /// media and text- or media-based templates to groups).
    /// </summary>
    internal static void CheckRecipient(WhatsAppRecipient recipient, WhatsAppMessage message)
    {
        recipient.EnsureSpecified();
        if (recipient.Kind == WhatsAppRecipientKind.Group && message.Type == "interactive")
        {
            throw new WhatsAppValidationException("type", "Groups do not take interactive messages: Meta sends text, media and text- or media-based templates to groups.");
        }
    }

    public async Task MarkAsReadAsync(string messageId, MarkAsReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.Text(messageId, 256, "message_id");
        var phoneNumberId = GraphIds.Resolve(options?.PhoneNumberId, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));
        var typing = options?.ShowTypingIndicator ?? false;
        var request = new HttpRequestMessage(HttpMethod.Post, _graph.MessagesUri(phoneNumberId))
        {
            Content = PooledJsonContent.Create((messageId, typing), static (writer, state) =>
                MessageRequestWriter.WriteMarkAsRead(writer, state.messageId, state.typing)),
        };
        await _graph.SendAsync(request, ParseSuccess, cancellationToken).ConfigureAwait(false);
    }
}
