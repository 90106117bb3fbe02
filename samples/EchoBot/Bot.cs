using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Webhooks;

namespace EchoBot;

/// <summary>The bot's routes: a two-step dialogue on <c>/start</c>, a reaction to pictures, an echo of any other text.</summary>
public static class Bot
{
    /// <summary>Registers the routes on the webhook builder.</summary>
    /// <param name="webhooks">The webhook builder.</param>
    /// <returns>The builder.</returns>
    public static IWhatsAppWebhookBuilder MapEchoBot(this IWhatsAppWebhookBuilder webhooks) => webhooks
        .OnMessage(MessageFilter.TextEquals("/start"), StartAsync)
        .OnText(async (context, ct) =>
        {
            await context.MarkAsReadAsync(showTypingIndicator: true, ct);
            await context.ReplyTextAsync($"You said: {context.Message.Body}", cancellationToken: ct);
        })
        .OnMessage<MediaMessageReceived>((context, ct) => context.ReactAsync("👍", ct))
        .Fallback((context, ct) => context.ReplyTextAsync("Send a text, a picture, or /start.", cancellationToken: ct));

    private static async Task StartAsync(InboundMessageContext<TextMessageReceived> context, CancellationToken ct)
    {
        try
        {
            var name = await context.AskTextAsync("Hi! What is your name?", MessageFilter.Text(), TimeSpan.FromMinutes(5), ct);
            var drink = await context.AskAsync(
                new InteractiveButtonsMessage($"Nice to meet you, {name.Body.Trim()}. Coffee or tea?", new ReplyButton("coffee", "Coffee"), new ReplyButton("tea", "Tea")),
                MessageFilter.OfType<ButtonReplyReceived>(), TimeSpan.FromMinutes(5), ct);
            await context.ReplyTextAsync($"One {drink.Title?.ToLowerInvariant() ?? drink.ReplyId} for {name.Body.Trim()}, coming up ☕", cancellationToken: ct);
        }
        catch (ReplyTimeoutException)
        {
            await context.ReplyTextAsync("No answer: send /start to begin again.", cancellationToken: ct);
        }
    }
}
