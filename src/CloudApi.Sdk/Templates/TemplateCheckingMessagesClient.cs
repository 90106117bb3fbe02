using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// Checks every <see cref="TemplateMessage"/> against its template's definition (through a <see cref="TemplateDefinitionCache"/>)
/// before the inner client sends it; everything else passes straight through.
/// </summary>
internal sealed class TemplateCheckingMessagesClient : IMessagesClient
{
    private readonly IMessagesClient _inner;
    private readonly TemplateDefinitionCache _definitions;

    public TemplateCheckingMessagesClient(IMessagesClient inner, TemplateDefinitionCache definitions)
    {
        _inner = inner;
        _definitions = definitions;
    }

    public Task<SendMessageResult> SendAsync(string recipient, WhatsAppMessage message, SendMessageOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (message is not TemplateMessage template)
        {
            return _inner.SendAsync(recipient, message, options, cancellationToken);
        }

        // The request's own checks first, as without the template check: a bad recipient costs no definition fetch.
        RecipientPhoneNumber.Parse(recipient);
        options?.Validate(template);
        return SendCheckedAsync(recipient, template, options, cancellationToken);
    }

    public Task<SendMessageResult> SendTextAsync(string recipient, string body, SendMessageOptions? options = null, CancellationToken cancellationToken = default) =>
        _inner.SendTextAsync(recipient, body, options, cancellationToken);

    public Task MarkAsReadAsync(string messageId, MarkAsReadOptions? options = null, CancellationToken cancellationToken = default) =>
        _inner.MarkAsReadAsync(messageId, options, cancellationToken);

    private async Task<SendMessageResult> SendCheckedAsync(string recipient, TemplateMessage template, SendMessageOptions? options, CancellationToken cancellationToken)
    {
        await _definitions.ValidateAsync(template.Name, template.LanguageCode, TemplateMessageParameters.From(template), cancellationToken)
            .ConfigureAwait(false);
        return await _inner.SendAsync(recipient, template, options, cancellationToken).ConfigureAwait(false);
    }
}
