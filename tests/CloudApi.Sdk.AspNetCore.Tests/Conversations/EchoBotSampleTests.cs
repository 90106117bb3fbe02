using EchoBot;

namespace CloudApi.Sdk.AspNetCore.Tests.Conversations;

/// <summary>samples/EchoBot's routes, driven through the emulator as a user would in its inbox.</summary>
public sealed class EchoBotSampleTests
{
    private const string User = "+16505551234";

    [Fact]
    public async Task EchoBot_EchoThenTwoStepDialogue_AnswersAsItSays()
    {
        await using var bot = await BotHost.StartAsync(webhooks => webhooks.MapEchoBot(), o =>
        {
            o.DispatchMode = WebhookDispatchMode.Queued;
            o.QueueWorkers = 8;
        });

        var hello = await bot.UserSaysAsync(User, "hello");
        var echo = (await bot.SentAsync(1))[0];
        Assert.Equal(("You said: hello", hello), (BotHost.TextOf(echo), BotHost.QuotedIdOf(echo)));

        await bot.UserSaysAsync(User, "/start");
        Assert.Equal("Hi! What is your name?", BotHost.TextOf((await bot.SentAsync(2))[1]));
        await bot.UserSaysAsync(User, "Ana");
        Assert.Contains("Coffee or tea?", (await bot.SentAsync(3))[2].Body, StringComparison.Ordinal);
        await bot.UserTapsAsync(User, "tea", "Tea");

        Assert.Equal("One tea for Ana, coming up ☕", BotHost.TextOf((await bot.SentAsync(4))[3]));
        Assert.Equal(4, bot.Emulator.Messages.Count); // the answers were not echoed
    }
}
