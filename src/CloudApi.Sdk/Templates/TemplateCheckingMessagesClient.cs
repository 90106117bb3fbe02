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

    public Task<SendMessageResult> SendAsync(WhatsAppRecipient recipient, WhatsAppMessage message, SendMessageOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (message is not TemplateMessage template)
        {
            return _inner.SendAsync(recipient, message, options, cancellationToken);
        }

        // The request's own checks first, as without the template check: a bad recipient costs no definition fetch.
        MessagesClient.CheckRecipient(recipient, template);
        options?.Validate(template);
        return SendCheckedAsync(recipient, template, options, cancellationToken);
    }

    public Task<SendMessageResult> SendTextAsync(WhatsAppRecipient recipient, string body, SendMessageOptions? options = null, CancellationToken cancellationToken = default) =>
        _inner.SendTextAsync(recipient, body, options, cancellationToken);

    public Task MarkAsReadAsync(string messageId, MarkAsReadOptions? options = null, CancellationToken cancellationToken = default) =>
        _inner.MarkAsReadAsync(messageId, options, cancellationToken);

    private async Task<SendMessageResult> SendCheckedAsync(WhatsAppRecipient recipient, TemplateMessage template, SendMessageOptions? options, CancellationToken cancellationToken)
    {
        await _definitions.ValidateAsync(template.Name, template.LanguageCode, TemplateMessageParameters.From(template), cancellationToken)
            .ConfigureAwait(false);
        if (recipient.Kind is WhatsAppRecipientKind.UserId or WhatsAppRecipientKind.ParentUserId &&
            (await _definitions.GetAsync(template.Name, template.LanguageCode, cancellationToken).ConfigureAwait(false))?.Category == TemplateCategory.Authentication)
        {
            throw new WhatsAppValidationException("recipient",
                $"Template '{template.Name}' ({template.LanguageCode}) is an authentication template: it needs the user's phone number, not a business-scoped user id (Meta would answer 131062).");
        }

        return await _inner.SendAsync(recipient, template, options, cancellationToken).ConfigureAwait(false);
    }
}
