using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore.Routing;

/// <summary>One route: a filter and the handler of the messages it takes. Registered in DI in registration order.</summary>
internal abstract class MessageRoute
{
    public abstract string Description { get; }

    public abstract bool Matches(InboundMessage message);

    public abstract Task InvokeAsync(InboundMessage message, WebhookContext context, CancellationToken cancellationToken);
}

internal sealed class MessageRoute<TMessage>(string description, MessageFilter<TMessage> filter, Func<InboundMessageContext<TMessage>, CancellationToken, Task> handler)
    : MessageRoute
    where TMessage : InboundMessage
{
    public override string Description { get; } = description;

    public override bool Matches(InboundMessage message) => filter.Matches(message);

    public override Task InvokeAsync(InboundMessage message, WebhookContext context, CancellationToken cancellationToken) =>
        handler(new InboundMessageContext<TMessage>((TMessage)message, context), cancellationToken);
}

/// <summary>The handler of the messages no route takes (at most one: a later <c>Fallback</c> replaces it).</summary>
internal sealed class FallbackRoute(Func<InboundMessageContext<InboundMessage>, CancellationToken, Task> handler)
{
    public Task InvokeAsync(InboundMessage message, WebhookContext context, CancellationToken cancellationToken) =>
        handler(new InboundMessageContext<InboundMessage>(message, context), cancellationToken);
}
