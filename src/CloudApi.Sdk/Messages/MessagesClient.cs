using CloudApi.Sdk.Http;
using CloudApi.Sdk.Templates;

namespace CloudApi.Sdk.Messages;

/// <summary>Sends messages through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class MessagesClient : IMessagesClient
{
    private static readonly ResponseParser<SendMessageResult> ParseSendResult = SendMessageResultReader.Read;
    private static readonly ResponseParser<bool> ParseSuccess = SuccessReader.Read;

    private readonly GraphConnection _graph;
    private readonly TemplateDefinitionCache? _templateCheck;

    /// <param name="graph">The tenant's connection.</param>
    /// <param name="templateCheck">When set, template messages are checked against their definitions before sending.</param>
    public MessagesClient(GraphConnection graph, TemplateDefinitionCache? templateCheck = null)
    {
        _graph = graph;
        _templateCheck = templateCheck;
    }

    public Task<SendMessageResult> SendAsync(string recipient, WhatsAppMessage message, SendMessageOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var recipientKey = RecipientPhoneNumber.Parse(recipient);
        options?.Validate(message);
        if (_templateCheck is not null && message is TemplateMessage template)
        {
            return SendCheckedTemplateAsync(recipient, recipientKey, template, options, cancellationToken);
        }

        return Send(recipient, recipientKey, message, options, cancellationToken);
    }

    private async Task<SendMessageResult> SendCheckedTemplateAsync(
        string recipient, long recipientKey, TemplateMessage template, SendMessageOptions? options, CancellationToken cancellationToken)
    {
        await _templateCheck!.ValidateAsync(template.Name, template.LanguageCode, TemplateMessageParameters.From(template), cancellationToken)
            .ConfigureAwait(false);
        return await Send(recipient, recipientKey, template, options, cancellationToken).ConfigureAwait(false);
    }

    private Task<SendMessageResult> Send(string recipient, long recipientKey, WhatsAppMessage message, SendMessageOptions? options, CancellationToken cancellationToken)
    {
        var phoneNumberId = GraphIds.Resolve(options?.PhoneNumberId, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));

        var request = new MessageSendRequest(_graph.MessagesUri(phoneNumberId), phoneNumberId, recipient, recipientKey, message.Type, options?.BizOpaqueCallbackData)
        {
            Content = PooledJsonContent.Create((recipient, message, options), static (writer, state) =>
                MessageRequestWriter.WriteSend(writer, state.recipient, state.message, state.options)),
        };
        return _graph.SendMessageAsync(request, ParseSendResult, cancellationToken);
    }

    public Task<SendMessageResult> SendTextAsync(string recipient, string body, SendMessageOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, new TextMessage(body), options, cancellationToken);

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
