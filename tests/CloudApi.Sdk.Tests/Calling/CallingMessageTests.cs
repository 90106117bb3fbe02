using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;
using CloudApi.Sdk.Tests.Messages;

namespace CloudApi.Sdk.Tests.Calling;

public sealed class CallingMessageTests
{
    [Fact]
    public Task SendAsync_VoiceCallButton_PostsVoiceCallAction() =>
        SentMessage.AssertBodyAsync(new InteractiveVoiceCallMessage("You can call us on WhatsApp now for faster service!", "Call on WhatsApp")
        {
            TtlMinutes = 100,
            Payload = "payload data",
        }, "interactive",
            """
            {"interactive":{"type":"voice_call","body":{"text":"You can call us on WhatsApp now for faster service!"},
             "action":{"name":"voice_call","parameters":{"display_text":"Call on WhatsApp","ttl_minutes":100,"payload":"payload data"}}}}
            """);

    [Fact]
    public Task SendAsync_VoiceCallButtonWithDefaults_PostsDisplayTextOnly() =>
        SentMessage.AssertBodyAsync(new InteractiveVoiceCallMessage("Call us", "Call"), "interactive",
            """{"interactive":{"type":"voice_call","body":{"text":"Call us"},"action":{"name":"voice_call","parameters":{"display_text":"Call"}}}}""");

    [Fact]
    public Task SendAsync_CallPermissionRequest_PostsNamedAction() =>
        SentMessage.AssertBodyAsync(new CallPermissionRequestMessage("We would like to call you to help support your query on Order No: ON-12853."), "interactive",
            """
            {"interactive":{"type":"call_permission_request","body":{"text":"We would like to call you to help support your query on Order No: ON-12853."},
             "action":{"name":"call_permission_request"}}}
            """);

    [Theory]
    [InlineData(0)]
    [InlineData(43_201)]
    public void VoiceCallMessage_TtlOutOfRange_Refused(int minutes)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new InteractiveVoiceCallMessage("Call us", "Call") { TtlMinutes = minutes });

        Assert.Equal("interactive.action.parameters.ttl_minutes", error.Field);
    }

    [Fact]
    public void VoiceCallMessage_BadParts_RefusedNamingTheField()
    {
        Assert.Equal("interactive.action.parameters.display_text", Assert.Throws<WhatsAppValidationException>(() => new InteractiveVoiceCallMessage("Call us", new string('x', 21))).Field);
        Assert.Equal("interactive.body.text", Assert.Throws<WhatsAppValidationException>(() => new InteractiveVoiceCallMessage("", "Call")).Field);
        Assert.Equal("interactive.action.parameters.payload",
            Assert.Throws<WhatsAppValidationException>(() => new InteractiveVoiceCallMessage("Call us", "Call") { Payload = new string('p', 513) }).Field);
        Assert.Equal("interactive.body.text", Assert.Throws<WhatsAppValidationException>(() => new CallPermissionRequestMessage(new string('b', 1025))).Field);
    }

    [Fact]
    public async Task CreateAsync_CallButtons_PostsVoiceCallAndCallPermissionRequest()
    {
        using var graph = new GraphServer().On("POST", $"{GraphServer.BusinessAccountId}/message_templates", """{"id":"1","status":"PENDING","category":"MARKETING"}""");

        await graph.Client.Templates.CreateAsync(new CreateTemplateRequest("call_us", "en_US", TemplateCategory.Marketing,
        [
            new TemplateBody("We would like to talk about your order."),
            new TemplateButtons([new TemplateVoiceCallButton("Call Now") { TtlMinutes = 1440 }, new TemplateCallPermissionRequestButton()]),
        ]), cancellationToken: TestContext.Current.CancellationToken);

        JsonAssert.Equal(
            """
            {"name":"call_us","language":"en_US","category":"MARKETING","components":[
              {"type":"BODY","text":"We would like to talk about your order."},
              {"type":"BUTTONS","buttons":[{"type":"VOICE_CALL","text":"Call Now","ttl_minutes":1440},{"type":"CALL_PERMISSION_REQUEST"}]}]}
            """,
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task GetAsync_CallButtons_ReadAsTypedButtons()
    {
        using var graph = new GraphServer().On("GET", "1005",
            """
            {"id":"1005","name":"call_us","language":"en_US","status":"APPROVED","category":"MARKETING","components":[
              {"type":"BODY","text":"Talk to us"},
              {"type":"BUTTONS","buttons":[{"type":"VOICE_CALL","text":"Call Now","ttl_minutes":10},{"type":"CALL_PERMISSION_REQUEST","text":"Allow calls"}]}]}
            """);

        var template = await graph.Client.Templates.GetAsync("1005", cancellationToken: TestContext.Current.CancellationToken);

        var buttons = Assert.IsType<TemplateButtons>(template.Components[1]).Buttons;
        var voice = Assert.IsType<TemplateVoiceCallButton>(buttons[0]);
        Assert.Equal(("Call Now", (int?)10), (voice.Text, voice.TtlMinutes));
        Assert.Equal("Allow calls", Assert.IsType<TemplateCallPermissionRequestButton>(buttons[1]).Text);
    }

    [Fact]
    public async Task CreateAsync_VoiceCallButtonWithoutText_RefusedBeforeSending()
    {
        using var graph = new GraphServer();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Client.Templates.CreateAsync(new CreateTemplateRequest("call_us", "en_US", TemplateCategory.Marketing,
            [new TemplateBody("Talk to us"), new TemplateButtons([new TemplateVoiceCallButton("")])]), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("components[1].buttons[0].text", error.Field);
        Assert.Empty(graph.Requests);
    }
}
