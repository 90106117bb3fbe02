using CloudApi.Sdk.ConversationalAutomation;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.ConversationalAutomation;

public sealed class ConversationalAutomationClientTests
{
    private const string Phone = GraphServer.PhoneNumberId;

    [Fact]
    public async Task UpdateAsync_EverySetting_PostsMetaShape()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/conversational_automation", """{"success":true}""");

        await graph.Client.ConversationalAutomation.UpdateAsync(new ConversationalAutomationUpdate
        {
            EnableWelcomeMessage = true,
            Prompts = ["Book a table", "Opening hours?"],
            Commands = [new ConversationalCommand("menu", "See today's menu")],
        }, cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal(
            """{"enable_welcome_message":true,"prompts":["Book a table","Opening hours?"],"commands":[{"command_name":"menu","command_description":"See today's menu"}]}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task UpdateAsync_EmptyLists_RemoveThem()
    {
        using var graph = new GraphServer().On("POST", $"{Phone}/conversational_automation", """{"success":true}""");

        await graph.Client.ConversationalAutomation.UpdateAsync(new ConversationalAutomationUpdate { Prompts = [], Commands = [] }, cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal("""{"prompts":[],"commands":[]}""", graph.SingleRequestJson());
    }

    [Fact]
    public async Task GetAsync_PhoneNumberField_ReadsSettings()
    {
        using var graph = new GraphServer().On("GET", Phone,
            """{"conversational_automation":{"id":"1234567890123456","prompts":["Book a table"],"commands":[{"command_name":"menu","command_description":"See the menu"}],"enable_welcome_message":true},"id":"106540352242922"}""");

        var settings = await graph.Client.ConversationalAutomation.GetAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(("1234567890123456", (bool?)true, "Book a table"), (settings.Id, settings.IsWelcomeMessageEnabled, Assert.Single(settings.Prompts)));
        Assert.Equal(("menu", "See the menu"), (Assert.Single(settings.Commands).Name, settings.Commands[0].Description));
        AssertQuery(graph.SingleRequest(), ("fields", "conversational_automation"));
    }

    [Fact]
    public async Task GetBotAsync_MinimalBot_ReadsEmptyLists()
    {
        using var graph = new GraphServer().On("GET", "2345678901234567", """{"id":"2345678901234567","prompts":["Hello! I'm here to help"],"commands":[],"enable_welcome_message":false}""");

        var bot = await graph.Client.ConversationalAutomation.GetBotAsync("2345678901234567", TestContext.Current.CancellationToken);

        Assert.Empty(bot.Commands);
        Assert.False(bot.IsWelcomeMessageEnabled);
    }

    [Fact]
    public void Update_FivePrompts_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new ConversationalAutomationUpdate { Prompts = ["a", "b", "c", "d", "e"] });

        Assert.Equal(("prompts", ConversationalAutomationUpdate.MaxPrompts), (error.Field, error.Limit));
    }

    [Fact]
    public void Update_PromptOver80_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new ConversationalAutomationUpdate { Prompts = [new string('a', 81)] });

        Assert.Equal(("prompts[0]", 80), (error.Field, error.Limit));
    }

    [Fact]
    public void Update_31Commands_Refused()
    {
        var commands = Enumerable.Range(0, 31).Select(i => new ConversationalCommand("c" + i, "d")).ToList();

        var error = Assert.Throws<WhatsAppValidationException>(() => new ConversationalAutomationUpdate { Commands = commands });

        Assert.Equal(("commands", 30), (error.Field, error.Limit));
    }

    [Theory]
    [InlineData("/menu", "command_name")]
    [InlineData("a name", "command_name")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456", "command_name")]
    public void Command_BadName_Refused(string name, string field)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new ConversationalCommand(name, "d"));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Command_DescriptionOver256_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new ConversationalCommand("menu", new string('d', 257)));

        Assert.Equal(("command_description", 256), (error.Field, error.Limit));
    }

    [Fact]
    public async Task UpdateAsync_NothingSet_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.ConversationalAutomation.UpdateAsync(new ConversationalAutomationUpdate(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Empty(graph.Requests);
    }
}
