using System.Text.RegularExpressions;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// The usual <see cref="MessageFilter{TMessage}"/>s: by message type, text, reply id, flow token or sender. Texts are
/// compared after trimming white space at both ends, ignoring case unless told otherwise.
/// </summary>
public static class MessageFilter
{
    /// <summary>Every inbound message.</summary>
    public static MessageFilter<InboundMessage> Any { get; } = new();

    /// <summary>The messages of one type, optionally satisfying a condition.</summary>
    /// <typeparam name="TMessage">The message type, e.g. <see cref="ImageMessageReceived"/> or <see cref="MediaMessageReceived"/>.</typeparam>
    /// <param name="predicate">The condition; <see langword="null"/> for every message of the type.</param>
    /// <returns>The filter.</returns>
    public static MessageFilter<TMessage> OfType<TMessage>(Func<TMessage, bool>? predicate = null)
        where TMessage : InboundMessage => new(predicate);

    /// <summary>Text messages, optionally satisfying a condition.</summary>
    /// <param name="predicate">The condition; <see langword="null"/> for every text.</param>
    /// <returns>The filter.</returns>
    public static MessageFilter<TextMessageReceived> Text(Func<TextMessageReceived, bool>? predicate = null) => new(predicate);

    /// <summary>Texts equal to <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="comparison">How to compare. Default <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    /// <returns>The filter.</returns>
    public static MessageFilter<TextMessageReceived> TextEquals(string text, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        ArgumentNullException.ThrowIfNull(text);
        var expected = text.Trim();
        return new(message => message.Body.AsSpan().Trim().Equals(expected, comparison));
    }

    /// <summary>Texts starting with <paramref name="prefix"/> (a command such as <c>/order</c>).</summary>
    /// <param name="prefix">The start.</param>
    /// <param name="comparison">How to compare. Default <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    /// <returns>The filter.</returns>
    public static MessageFilter<TextMessageReceived> TextStartsWith(string prefix, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return new(message => message.Body.AsSpan().TrimStart().StartsWith(prefix, comparison));
    }

    /// <summary>Texts in which <paramref name="pattern"/> finds a match (anchor it with <c>^…$</c> for the whole text).</summary>
    /// <param name="pattern">The regular expression (give it a match timeout for patterns that may backtrack).</param>
    /// <returns>The filter.</returns>
    public static MessageFilter<TextMessageReceived> TextMatches(Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new(message => pattern.IsMatch(message.Body.Trim()));
    }

    /// <summary>Taps on the reply button with this id (<see cref="ButtonReplyReceived.ReplyId"/>, the id you gave the button).</summary>
    /// <param name="replyId">The button's id (compared exactly).</param>
    /// <returns>The filter.</returns>
    public static MessageFilter<ButtonReplyReceived> ButtonReply(string replyId)
    {
        ArgumentNullException.ThrowIfNull(replyId);
        return new(message => string.Equals(message.ReplyId, replyId, StringComparison.Ordinal));
    }

    /// <summary>Choices of the list row with this id (<see cref="ListReplyReceived.ReplyId"/>).</summary>
    /// <param name="replyId">The row's id (compared exactly).</param>
    /// <returns>The filter.</returns>
    public static MessageFilter<ListReplyReceived> ListReply(string replyId)
    {
        ArgumentNullException.ThrowIfNull(replyId);
        return new(message => string.Equals(message.ReplyId, replyId, StringComparison.Ordinal));
    }

    /// <summary>Completed flows sent with this flow token (<see cref="FlowReplyReceived.FlowToken"/>).</summary>
    /// <param name="flowToken">The <c>flow_token</c> the flow was sent with (compared exactly).</param>
    /// <returns>The filter.</returns>
    public static MessageFilter<FlowReplyReceived> FlowReply(string flowToken)
    {
        ArgumentNullException.ThrowIfNull(flowToken);
        return new(message => string.Equals(message.FlowToken, flowToken, StringComparison.Ordinal));
    }

    /// <summary>Every message from one user.</summary>
    /// <param name="user">A phone number (any format) or a business-scoped user id.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="user"/> is empty.</exception>
    public static MessageFilter<InboundMessage> From(string user) => Any.From(user);
}
