using CloudApi.Sdk.AspNetCore.Conversations;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// What a route's handler gets: the inbound message, and ways to answer it through the registration that received it
/// (its client, hence its token and rate limiter), from the business number the user wrote to, quoting the message.
/// </summary>
/// <typeparam name="TMessage">The message type the route takes.</typeparam>
public sealed class InboundMessageContext<TMessage>
    where TMessage : InboundMessage
{
    /// <summary>Creates a context (the router does; tests of handlers too).</summary>
    /// <param name="message">The inbound message.</param>
    /// <param name="webhook">The notification's context: services, client registration, receive time.</param>
    public InboundMessageContext(TMessage message, WebhookContext webhook)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(webhook);
        Message = message;
        Webhook = webhook;
    }

    /// <summary>The inbound message.</summary>
    public TMessage Message { get; }

    /// <summary>The notification's context: the whole notification, the scope's services, the client registration.</summary>
    public WebhookContext Webhook { get; }

    /// <summary>The services of the dispatch scope.</summary>
    public IServiceProvider Services => Webhook.Services;

    /// <summary>The client of the registration that received the message.</summary>
    /// <exception cref="InvalidOperationException">No client is registered for it (an app that only receives).</exception>
    public IWhatsAppClient Client => Webhook.Client;

    /// <summary>
    /// The user who wrote: their WhatsApp id (<see cref="InboundMessage.From"/>), else their business-scoped user id;
    /// <see cref="string.Empty"/> when Meta sent neither.
    /// </summary>
    public string User => ConversationUser.Of(Message) ?? string.Empty;

    /// <summary>Sends <paramref name="message"/> to the user, from the number they wrote to, quoting their message.</summary>
    /// <param name="message">The reply (any message type but a reaction: use <see cref="ReactAsync"/>).</param>
    /// <param name="options">Whether to quote, callback data; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The accepted message.</returns>
    /// <exception cref="InvalidOperationException">The message has no sender phone number to answer (<see cref="InboundMessage.From"/> is empty).</exception>
    /// <exception cref="WhatsAppValidationException">The reply is invalid; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the reply.</exception>
    public Task<SendMessageResult> ReplyAsync(WhatsAppMessage message, ReplyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var quote = options?.Quote ?? true;
        return Client.Messages.SendAsync(Recipient(), message, new SendMessageOptions
        {
            PhoneNumberId = Message.PhoneNumberId,
            ReplyToMessageId = quote && Message.Id.Length > 0 ? Message.Id : null,
            BizOpaqueCallbackData = options?.BizOpaqueCallbackData,
        }, cancellationToken);
    }

    /// <summary>Sends a text to the user, from the number they wrote to, quoting their message.</summary>
    /// <param name="text">The text, 1 to 4,096 characters.</param>
    /// <param name="options">Whether to quote, callback data; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The accepted message.</returns>
    /// <exception cref="InvalidOperationException">The message has no sender phone number to answer.</exception>
    /// <exception cref="WhatsAppValidationException">The text is empty or too long; nothing was sent.</exception>
    /// <exception cref="WhatsAppApiException">Meta refused the reply.</exception>
    public Task<SendMessageResult> ReplyTextAsync(string text, ReplyOptions? options = null, CancellationToken cancellationToken = default) =>
        ReplyAsync(new TextMessage(text), options, cancellationToken);

    /// <summary>Reacts to the user's message with <paramref name="emoji"/>, from the number they wrote to.</summary>
    /// <param name="emoji">The emoji, e.g. <c>👍</c>.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The accepted reaction.</returns>
    /// <exception cref="InvalidOperationException">The message has no sender phone number to answer.</exception>
    /// <exception cref="WhatsAppValidationException">The emoji is empty; nothing was sent.</exception>
    public Task<SendMessageResult> ReactAsync(string emoji, CancellationToken cancellationToken = default) =>
        Client.Messages.SendAsync(Recipient(), new ReactionMessage(Message.Id, emoji),
            new SendMessageOptions { PhoneNumberId = Message.PhoneNumberId }, cancellationToken);

    /// <summary>Marks the user's message (and those before it) as read, on the number they wrote to.</summary>
    /// <param name="showTypingIndicator">Whether to show a typing indicator until the reply (at most 25 seconds).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Meta confirmed.</returns>
    public Task MarkAsReadAsync(bool showTypingIndicator = false, CancellationToken cancellationToken = default) =>
        Client.Messages.MarkAsReadAsync(Message.Id, new MarkAsReadOptions
        {
            PhoneNumberId = Message.PhoneNumberId,
            ShowTypingIndicator = showTypingIndicator,
        }, cancellationToken);

    /// <summary>
    /// Waits for this user's next message to the same number that <paramref name="filter"/> takes
    /// (<see cref="IWhatsAppConversations.WaitForReplyAsync"/>). The answer is consumed: no route sees it.
    /// </summary>
    /// <typeparam name="TReply">The message type expected.</typeparam>
    /// <param name="filter">Which message answers.</param>
    /// <param name="timeout">How long to wait: more than zero, at most 7 days.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ReplyTimeoutException">No answer within <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<TReply> WaitForReplyAsync<TReply>(MessageFilter<TReply> filter, TimeSpan timeout, CancellationToken cancellationToken = default)
        where TReply : InboundMessage =>
        Conversations().WaitForReplyAsync(Sender(), filter, timeout, new WaitForReplyOptions { PhoneNumberId = Message.PhoneNumberId }, cancellationToken);

    /// <summary>
    /// Asks a question and waits for the answer: starts waiting (<see cref="WaitForReplyAsync"/>), then sends
    /// <paramref name="question"/> as a reply, so an answer typed at once is not missed.
    /// </summary>
    /// <typeparam name="TReply">The message type expected.</typeparam>
    /// <param name="question">The question (a text, buttons, a list, ...).</param>
    /// <param name="filter">Which message answers.</param>
    /// <param name="timeout">How long to wait after sending: more than zero, at most 7 days.</param>
    /// <param name="cancellationToken">Cancels the send and the wait.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ReplyTimeoutException">No answer within <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<TReply> AskAsync<TReply>(WhatsAppMessage question, MessageFilter<TReply> filter, TimeSpan timeout, CancellationToken cancellationToken = default)
        where TReply : InboundMessage
    {
        ArgumentNullException.ThrowIfNull(question);
        var conversations = Conversations();
        var options = new WaitForReplyOptions { PhoneNumberId = Message.PhoneNumberId };
        if (conversations is not ConversationWaiters waiters)
        {
            var answer = conversations.WaitForReplyAsync(Sender(), filter, timeout, options, cancellationToken);
            await ReplyAsync(question, null, cancellationToken).ConfigureAwait(false);
            return await answer.ConfigureAwait(false);
        }

        using var pending = await waiters.StartAsync(Sender(), filter, timeout, options, cancellationToken).ConfigureAwait(false);
        await ReplyAsync(question, null, cancellationToken).ConfigureAwait(false);
        return await pending.Answer.ConfigureAwait(false);
    }

    /// <summary>Asks a question as a text and waits for the answer (see <see cref="AskAsync{TReply}(WhatsAppMessage, MessageFilter{TReply}, TimeSpan, CancellationToken)"/>).</summary>
    /// <typeparam name="TReply">The message type expected.</typeparam>
    /// <param name="question">The question's text.</param>
    /// <param name="filter">Which message answers.</param>
    /// <param name="timeout">How long to wait after sending: more than zero, at most 7 days.</param>
    /// <param name="cancellationToken">Cancels the send and the wait.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ReplyTimeoutException">No answer within <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<TReply> AskTextAsync<TReply>(string question, MessageFilter<TReply> filter, TimeSpan timeout, CancellationToken cancellationToken = default)
        where TReply : InboundMessage =>
        AskAsync(new TextMessage(question), filter, timeout, cancellationToken);

    private IWhatsAppConversations Conversations() => Services.GetRequiredService<IWhatsAppConversations>();

    private string Recipient() => !string.IsNullOrEmpty(Message.From) ? Message.From : throw new InvalidOperationException(
        $"Message {Message.Id} has no sender phone number (from) to answer; the user is known only by a user id.");

    private string Sender() => ConversationUser.Of(Message) ?? throw new InvalidOperationException(
        $"Message {Message.Id} has neither a sender phone number (from) nor a user id (from_user_id) to wait for.");
}
