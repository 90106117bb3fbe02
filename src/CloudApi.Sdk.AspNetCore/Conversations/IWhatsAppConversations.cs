using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// Waits for a user's next message: inside a webhook handler (a two-step dialogue) or anywhere else (a background job
/// that asked something). Registered by <c>AddWhatsAppWebhooks</c>; resolve it from DI.
/// </summary>
/// <remarks>
/// The message that resolves a wait is <b>consumed</b>: it is recorded as handled and no handler or route sees it (so an
/// answer is never also taken for a new command). The endpoint offers each inbound message to the waiters when it
/// arrives, before dispatching or queueing it, so a handler waiting for an answer does not need a free dispatch slot for
/// the answer. Across app instances, register a backplane (<c>UseRedisConversations</c> in CloudApi.Sdk.Redis): an answer
/// arriving at another instance is handed to the one waiting.
/// </remarks>
public interface IWhatsAppConversations
{
    /// <summary>
    /// Waits for the next message from <paramref name="user"/> that <paramref name="filter"/> takes. The wait is in place
    /// when this method returns its task: start it before sending the question, or use
    /// <see cref="InboundMessageContext{TMessage}.AskAsync{TReply}(CloudApi.Sdk.Messages.WhatsAppMessage, MessageFilter{TReply}, TimeSpan, CancellationToken)"/>.
    /// Messages the filter does not take go to the handlers as usual. When several waits match one message, the oldest takes it.
    /// </summary>
    /// <typeparam name="TMessage">The message type expected.</typeparam>
    /// <param name="user">The user: a phone number (any format) or a business-scoped user id.</param>
    /// <param name="filter">Which message answers, e.g. <c>MessageFilter.Text()</c> or <c>MessageFilter.ButtonReply("yes")</c>.</param>
    /// <param name="timeout">How long to wait: more than zero, at most 7 days.</param>
    /// <param name="options">The business number written to; <see langword="null"/> for any.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The message that answered.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="user"/> is empty or <paramref name="timeout"/> out of range.</exception>
    /// <exception cref="ReplyTimeoutException">No matching message came within <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<TMessage> WaitForReplyAsync<TMessage>(string user, MessageFilter<TMessage> filter, TimeSpan timeout, WaitForReplyOptions? options = null, CancellationToken cancellationToken = default)
        where TMessage : InboundMessage;

    /// <summary>
    /// Gives <paramref name="message"/> to the oldest wait of this process whose user, number and filter match. The
    /// webhook endpoint calls it for every inbound message, and a backplane for messages another instance received; call
    /// it yourself only when messages reach you another way.
    /// </summary>
    /// <param name="message">An inbound message.</param>
    /// <returns><see langword="true"/> when a wait took it (it is then consumed).</returns>
    bool TryDeliver(InboundMessage message);
}
