using System.Text.RegularExpressions;
using CloudApi.Sdk.AspNetCore.Routing;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// Routes inbound messages to handlers, ASP.NET Core style: each message goes to the <b>first</b> route whose filter
/// takes it, in registration order, else to the <see cref="Fallback"/>. A route's handler gets an
/// <see cref="InboundMessageContext{TMessage}"/> to reply with. Handlers taking <c>(event, WebhookContext, CancellationToken)</c>
/// (<c>On&lt;T&gt;</c>, <c>OnMessage&lt;T&gt;</c>, <c>OnStatus</c>, <c>AddHandler</c>) are not routes: they see every event of their type.
/// </summary>
public static class WhatsAppWebhookRoutingExtensions
{
    /// <summary>Routes the messages <paramref name="filter"/> takes to <paramref name="handler"/>.</summary>
    /// <typeparam name="TMessage">The message type.</typeparam>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="filter">Which messages, e.g. <c>MessageFilter.TextStartsWith("/order")</c>.</param>
    /// <param name="handler">Handles one message.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder OnMessage<TMessage>(this IWhatsAppWebhookBuilder builder, MessageFilter<TMessage> filter, Func<InboundMessageContext<TMessage>, CancellationToken, Task> handler)
        where TMessage : InboundMessage
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(handler);
        builder.Services.AddSingleton<MessageRoute>(new MessageRoute<TMessage>($"route {typeof(TMessage).Name}", filter, handler));
        AddRouter(builder.Services);
        return builder;
    }

    /// <summary>Routes the messages of type <typeparamref name="TMessage"/> that satisfy <paramref name="predicate"/> to <paramref name="handler"/>.</summary>
    /// <typeparam name="TMessage">The message type.</typeparam>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="predicate">The condition.</param>
    /// <param name="handler">Handles one message.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder OnMessage<TMessage>(this IWhatsAppWebhookBuilder builder, Func<TMessage, bool> predicate, Func<InboundMessageContext<TMessage>, CancellationToken, Task> handler)
        where TMessage : InboundMessage
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return builder.OnMessage(new MessageFilter<TMessage>(predicate), handler);
    }

    /// <summary>Routes every message of type <typeparamref name="TMessage"/> (not taken by an earlier route) to <paramref name="handler"/>.</summary>
    /// <typeparam name="TMessage">The message type, e.g. <see cref="ImageMessageReceived"/>.</typeparam>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="handler">Handles one message.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder OnMessage<TMessage>(this IWhatsAppWebhookBuilder builder, Func<InboundMessageContext<TMessage>, CancellationToken, Task> handler)
        where TMessage : InboundMessage =>
        builder.OnMessage(new MessageFilter<TMessage>(), handler);

    /// <summary>Routes every text message (not taken by an earlier route) to <paramref name="handler"/>.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="handler">Handles one text.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder OnText(this IWhatsAppWebhookBuilder builder, Func<InboundMessageContext<TextMessageReceived>, CancellationToken, Task> handler) =>
        builder.OnMessage(MessageFilter.Text(), handler);

    /// <summary>Routes the texts that satisfy <paramref name="predicate"/>, e.g. <c>t =&gt; t.Body.StartsWith("/order")</c>.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="predicate">The condition.</param>
    /// <param name="handler">Handles one text.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder OnText(this IWhatsAppWebhookBuilder builder, Func<TextMessageReceived, bool> predicate, Func<InboundMessageContext<TextMessageReceived>, CancellationToken, Task> handler) =>
        builder.OnMessage(MessageFilter.Text(predicate ?? throw new ArgumentNullException(nameof(predicate))), handler);

    /// <summary>Routes the texts in which <paramref name="pattern"/> finds a match.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="pattern">The regular expression, matched against the trimmed text.</param>
    /// <param name="handler">Handles one text.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder OnText(this IWhatsAppWebhookBuilder builder, Regex pattern, Func<InboundMessageContext<TextMessageReceived>, CancellationToken, Task> handler) =>
        builder.OnMessage(MessageFilter.TextMatches(pattern), handler);

    /// <summary>Routes taps on the reply button with id <paramref name="replyId"/>.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="replyId">The id you gave the button.</param>
    /// <param name="handler">Handles one tap.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder OnButtonReply(this IWhatsAppWebhookBuilder builder, string replyId, Func<InboundMessageContext<ButtonReplyReceived>, CancellationToken, Task> handler) =>
        builder.OnMessage(MessageFilter.ButtonReply(replyId), handler);

    /// <summary>Routes choices of the list row with id <paramref name="replyId"/>.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="replyId">The id you gave the row.</param>
    /// <param name="handler">Handles one choice.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder OnListReply(this IWhatsAppWebhookBuilder builder, string replyId, Func<InboundMessageContext<ListReplyReceived>, CancellationToken, Task> handler) =>
        builder.OnMessage(MessageFilter.ListReply(replyId), handler);

    /// <summary>Routes completed flows sent with the flow token <paramref name="flowToken"/>.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="flowToken">The <c>flow_token</c> the flow was sent with.</param>
    /// <param name="handler">Handles one completed flow.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder OnFlowReply(this IWhatsAppWebhookBuilder builder, string flowToken, Func<InboundMessageContext<FlowReplyReceived>, CancellationToken, Task> handler) =>
        builder.OnMessage(MessageFilter.FlowReply(flowToken), handler);

    /// <summary>Handles the inbound messages no route takes. One fallback: calling this again replaces it.</summary>
    /// <param name="builder">The webhook builder.</param>
    /// <param name="handler">Handles one message.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder Fallback(this IWhatsAppWebhookBuilder builder, Func<InboundMessageContext<InboundMessage>, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(handler);
        builder.Services.Replace(ServiceDescriptor.Singleton(new FallbackRoute(handler)));
        AddRouter(builder.Services);
        return builder;
    }

    private static void AddRouter(IServiceCollection services) =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWhatsAppWebhookHandler, MessageRouter>(
            static provider => new MessageRouter(provider.GetServices<MessageRoute>(), provider.GetService<FallbackRoute>())));
}
