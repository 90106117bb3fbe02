using CloudApi.Sdk.AspNetCore.Conversations;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// Which inbound messages a route or a waiting conversation takes: the message type <typeparamref name="TMessage"/> and
/// an optional condition on it. Build one with <see cref="MessageFilter"/> (<c>MessageFilter.TextStartsWith("/order")</c>)
/// and narrow it with <see cref="And"/> and <see cref="From"/>.
/// </summary>
/// <typeparam name="TMessage">The message type (<see cref="InboundMessage"/> for any).</typeparam>
public sealed class MessageFilter<TMessage>
    where TMessage : InboundMessage
{
    private readonly Func<TMessage, bool>? _predicate;

    /// <summary>Creates a filter taking the messages of type <typeparamref name="TMessage"/> that satisfy <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The condition; <see langword="null"/> for every message of the type.</param>
    public MessageFilter(Func<TMessage, bool>? predicate = null)
    {
        _predicate = predicate;
    }

    /// <summary>Whether <paramref name="message"/> is a <typeparamref name="TMessage"/> satisfying the condition.</summary>
    /// <param name="message">An inbound message.</param>
    /// <returns><see langword="true"/> when the filter takes it.</returns>
    public bool Matches(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message is TMessage typed && (_predicate is null || _predicate(typed));
    }

    /// <summary>A filter taking what this one takes and also satisfies <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The further condition.</param>
    /// <returns>The narrower filter.</returns>
    public MessageFilter<TMessage> And(Func<TMessage, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var first = _predicate;
        return new MessageFilter<TMessage>(first is null ? predicate : message => first(message) && predicate(message));
    }

    /// <summary>A filter taking what this one takes, sent by <paramref name="user"/>.</summary>
    /// <param name="user">The sender: a phone number (any format: <c>+1 650-555-1234</c> matches <c>16505551234</c>) or a business-scoped user id.</param>
    /// <returns>The narrower filter.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="user"/> is empty.</exception>
    public MessageFilter<TMessage> From(string user)
    {
        var key = ConversationUser.Normalize(user, nameof(user));
        return And(message => ConversationUser.IsSender(message, key));
    }
}
