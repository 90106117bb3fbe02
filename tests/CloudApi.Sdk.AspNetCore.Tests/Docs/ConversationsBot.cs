// What Microsoft.NET.Sdk.Web's implicit usings give a web project (this test project is not one):
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

// docs: conversations-bot
using System.Text.RegularExpressions;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Webhooks;
// docs: end

namespace CloudApi.Sdk.AspNetCore.Tests.Docs;

/// <summary>
/// The bot of docs/conversations.md, which <see cref="ConversationsBotTests"/> compares with the document (the marked regions,
/// together, are the document's first code block) and runs against the emulator. Edit it here and copy it there.
/// </summary>
internal static partial class ConversationsBot
{
    public static void Register(WebApplicationBuilder builder)
    {
        // docs: conversations-bot
        builder.Services.AddWhatsAppCloudApi(builder.Configuration.GetSection("WhatsApp"))
            .AddWebhooks(o =>
            {
                o.DispatchMode = WebhookDispatchMode.Queued; // a handler waiting for an answer holds a worker, not Meta's request
                o.QueueWorkers = 16;                         // so up to 16 dialogues wait at once
            })
            .OnText(t => t.Body.StartsWith("/order", StringComparison.OrdinalIgnoreCase), OrderAsync)
            .OnButtonReply("help", (context, ct) => context.ReplyTextAsync("Send /order to order a T-shirt.", cancellationToken: ct))
            .OnMessage<ImageMessageReceived>(async (context, ct) =>
            {
                await context.ReactAsync("👍", ct);
                await context.ReplyTextAsync("Nice picture!", cancellationToken: ct);
            })
            .Fallback(async (context, ct) =>
            {
                await context.MarkAsReadAsync(showTypingIndicator: true, ct);
                await context.ReplyAsync(new InteractiveButtonsMessage("I did not get that.", new ReplyButton("help", "Help")), cancellationToken: ct);
            });
        // docs: end
    }

    // docs: conversations-bot

    static async Task OrderAsync(InboundMessageContext<TextMessageReceived> context, CancellationToken ct)
    {
        var size = await context.AskTextAsync("Which size: S, M or L?", MessageFilter.TextMatches(Size()), TimeSpan.FromMinutes(5), ct);
        var confirm = new InteractiveButtonsMessage($"One {size.Body.Trim().ToUpperInvariant()} T-shirt?", new ReplyButton("yes", "Yes"), new ReplyButton("no", "No"));
        var answer = await context.AskAsync(confirm, MessageFilter.OfType<ButtonReplyReceived>(), TimeSpan.FromMinutes(5), ct);
        await context.ReplyTextAsync(answer.ReplyId == "yes" ? "Ordered! 👕" : "Cancelled.", cancellationToken: ct);
    }

    [GeneratedRegex("^[sml]$", RegexOptions.IgnoreCase)]
    private static partial Regex Size();
    // docs: end
}
