using System.Collections.Concurrent;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore.Tests.Conversations;

/// <summary>Replies from an event and waits for answers, end to end: the emulator posts the user's messages, the bot answers through it.</summary>
public sealed class RepliesAndDialogueTests
{
    private const string User = "+16505551234";

    [Fact]
    public async Task ReplyTextAsync_FromARoute_QuotesTheMessageFromTheNumberWrittenTo()
    {
        await using var bot = await BotHost.StartAsync(webhooks => webhooks.OnText(async (context, ct) =>
        {
            await context.MarkAsReadAsync(showTypingIndicator: true, ct);
            await context.ReactAsync("👍", ct);
            await context.ReplyTextAsync($"You said: {context.Message.Body}", cancellationToken: ct);
        }));

        var inbound = await bot.UserSaysAsync(User, "hello");

        var sent = await bot.SentAsync(2);
        Assert.Equal(["reaction", "text"], sent.Select(m => m.Type));
        Assert.All(sent, m => Assert.Equal((bot.PhoneNumberId, "16505551234"), (m.PhoneNumberId, m.Recipient)));
        Assert.Equal(inbound, System.Text.Json.JsonDocument.Parse(sent[0].Body).RootElement.GetProperty("reaction").GetProperty("message_id").GetString());
        Assert.Equal("You said: hello", BotHost.TextOf(sent[1]));
        Assert.Equal(inbound, BotHost.QuotedIdOf(sent[1]));
    }

    [Fact]
    public async Task ReplyAsync_QuoteOff_SendsWithoutContext()
    {
        await using var bot = await BotHost.StartAsync(webhooks => webhooks.OnText((context, ct) =>
            context.ReplyTextAsync("plain", new ReplyOptions { Quote = false }, ct)));

        await bot.UserSaysAsync(User, "hi");

        Assert.Null(BotHost.QuotedIdOf(Assert.Single(await bot.SentAsync(1))));
    }

    [Fact]
    public async Task AskTextAsync_TwoQuestionDialogueOnOneQueueWorker_AnswersConsumedNotRouted()
    {
        var fallback = new ConcurrentQueue<string>();
        await using var bot = await BotHost.StartAsync(
            webhooks => webhooks
                .OnText(t => t.Body == "/start", async (context, ct) =>
                {
                    var name = await context.AskTextAsync("What is your name?", MessageFilter.Text(), TimeSpan.FromMinutes(1), ct);
                    var city = await context.AskTextAsync($"Where do you live, {name.Body}?", MessageFilter.Text(), TimeSpan.FromMinutes(1), ct);
                    await context.ReplyTextAsync($"{name.Body} from {city.Body}: noted.", cancellationToken: ct);
                })
                .Fallback((context, _) =>
                {
                    fallback.Enqueue(context.Message.Id);
                    return Task.CompletedTask;
                }),
            o =>
            {
                o.DispatchMode = WebhookDispatchMode.Queued;
                o.QueueWorkers = 1; // the waiting handler holds it: the answers must reach the wait without it
            });

        await bot.UserSaysAsync(User, "/start");

        Assert.Equal("What is your name?", BotHost.TextOf((await bot.SentAsync(1))[0]));
        await bot.UserSaysAsync(User, "Ana");
        Assert.Equal("Where do you live, Ana?", BotHost.TextOf((await bot.SentAsync(2))[1]));
        await bot.UserSaysAsync(User, "Lisbon");

        Assert.Equal("Ana from Lisbon: noted.", BotHost.TextOf((await bot.SentAsync(3))[2]));
        await bot.UserSaysAsync(User, "something else");
        await Eventually(() => fallback.Count == 1);
        Assert.Single(fallback); // only the message after the dialogue; the answers went to the waits
    }

    [Fact]
    public async Task WaitForReplyAsync_FilterDoesNotTakeIt_MessageIsRoutedAndTheWaitGoesOn()
    {
        var routed = new ConcurrentQueue<string>();
        await using var bot = await BotHost.StartAsync(webhooks => webhooks
            .OnText(t => t.Body == "/confirm", async (context, ct) =>
            {
                var yes = await context.AskAsync(
                    new CloudApi.Sdk.Messages.InteractiveButtonsMessage("Sure?", [new("yes", "Yes"), new("no", "No")]),
                    MessageFilter.ButtonReply("yes"), TimeSpan.FromMinutes(1), ct);
                await context.ReplyTextAsync($"Confirmed ({yes.Title})", cancellationToken: ct);
            })
            .Fallback((context, _) =>
            {
                routed.Enqueue(context.Message.Type);
                return Task.CompletedTask;
            }), o =>
            {
                o.DispatchMode = WebhookDispatchMode.Queued;
                o.QueueWorkers = 2; // the waiting handler holds one; the text it does not take needs the other
            });

        await bot.UserSaysAsync(User, "/confirm");
        await bot.SentAsync(1);
        await bot.UserSaysAsync(User, "a text is not the button");
        await Eventually(() => routed.Count == 1);
        await bot.UserTapsAsync(User, "yes", "Yes");

        Assert.Equal("Confirmed (Yes)", BotHost.TextOf((await bot.SentAsync(2))[1]));
        Assert.Equal(["text"], routed);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
        }
    }
}
