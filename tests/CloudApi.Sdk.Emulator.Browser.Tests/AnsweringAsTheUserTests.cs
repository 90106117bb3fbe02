using CloudApi.Sdk.Emulator.Browser.Tests.Infrastructure;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Webhooks;
using static Microsoft.Playwright.Assertions;

namespace CloudApi.Sdk.Emulator.Browser.Tests;

/// <summary>
/// The person answers as the user in the inbox; each answer reaches the app as the signed webhook Meta would send
/// (the AspNetCore package on a real Kestrel receives it), and the app's answers appear live.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class AnsweringAsTheUserTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string User = "+15550002222";
    private const string UserId = "15550002222";

    private Microsoft.Playwright.ILocator Composer => Page.GetByRole(Microsoft.Playwright.AriaRole.Textbox, new() { Name = "Message", Exact = true });

    [Fact]
    public async Task TapReplyButton_AppReceivesTypedButtonReply()
    {
        await using var app = await ChatApp.StartAsync();
        var sent = await app.Client.Messages.SendAsync(
            User,
            new InteractiveButtonsMessage("Confirm your booking?", new ReplyButton("confirm-42", "Confirm"), new ReplyButton("cancel-42", "Cancel")),
            cancellationToken: TestContext.Current.CancellationToken);
        await OpenChatAsync(app.Emulator.BaseAddress, UserId);

        await Bubble(sent.MessageId).GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        var reply = await app.WaitForAsync<ButtonReplyReceived>();
        Assert.Equal("confirm-42", reply.ReplyId);
        Assert.Equal("Confirm", reply.Title);
        Assert.Equal(UserId, reply.From);
        Assert.Equal(sent.MessageId, reply.Context?.MessageId);
        var shown = Page.Locator("#chat-log > li.msg.in").Last;
        await Expect(shown.Locator(".text")).ToHaveTextAsync("Confirm");
        await Expect(shown.Locator(".quote")).ToHaveTextAsync("Confirm your booking?");
    }

    [Fact]
    public async Task TypeText_AppsReplyAppearsLive()
    {
        await using var app = await ChatApp.StartAsync();
        await app.Emulator.SimulateInboundMessageAsync(User, "first contact", new InboundMessageOptions { ProfileName = "Rui" }, TestContext.Current.CancellationToken);
        await OpenChatAsync(app.Emulator.BaseAddress, UserId);
        await Expect(Page.Locator("#chat-log > li.msg.out .text").First).ToHaveTextAsync("Echo: first contact");

        await Composer.FillAsync("Is my order ready?");
        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();

        var received = await app.WaitForAsync<TextMessageReceived>(t => t.Body == "Is my order ready?");
        Assert.Equal(UserId, received.From);
        await Expect(Page.Locator("#chat-log > li.msg.in .text").Last).ToHaveTextAsync("Is my order ready?");
        await Expect(Page.Locator("#chat-log > li.msg.out .text").Last).ToHaveTextAsync("Echo: Is my order ready?");
        await Expect(Page.Locator("#chat-title")).ToHaveTextAsync("Rui");
        await Expect(Composer).ToHaveValueAsync(string.Empty);
    }

    [Fact]
    public async Task PickListRow_ReactAndReplyToAMessage_ReachTheApp()
    {
        await using var app = await ChatApp.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var list = await app.Client.Messages.SendAsync(
            User,
            new InteractiveListMessage("Choose a slot", "Slots", new ListSection(new ListRow("am", "Morning") { Description = "9 to 12" }, new ListRow("pm", "Afternoon"))),
            cancellationToken: ct);
        var note = await app.Client.Messages.SendTextAsync(User, "Anything else?", cancellationToken: ct);
        await OpenChatAsync(app.Emulator.BaseAddress, UserId);

        await Bubble(list.MessageId).Locator("summary.list-button").ClickAsync();
        await Bubble(list.MessageId).Locator("button.list-row", new() { HasText = "Morning" }).ClickAsync();
        var row = await app.WaitForAsync<ListReplyReceived>();
        Assert.Equal("am", row.ReplyId);
        Assert.Equal("Morning", row.Title);

        await Bubble(note.MessageId).Locator("details.react summary").ClickAsync();
        await Bubble(note.MessageId).GetByLabel("React ❤️").ClickAsync();
        var reaction = await app.WaitForAsync<ReactionReceived>();
        Assert.Equal(note.MessageId, reaction.ReactedMessageId);
        Assert.Equal("❤️", reaction.Emoji);
        await Expect(Bubble(note.MessageId).Locator(".reaction.by-user")).ToHaveTextAsync("❤️");

        await Bubble(note.MessageId).GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Reply", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#replying")).ToContainTextAsync("Anything else?");
        await Composer.FillAsync("No, thanks");
        await Composer.PressAsync("Enter");
        var text = await app.WaitForAsync<TextMessageReceived>(t => t.Body == "No, thanks");
        Assert.Equal(note.MessageId, text.Context?.MessageId);
        await Expect(Page.Locator("#chat-log > li.msg.in", new() { HasText = "No, thanks" }).Locator(".quote")).ToHaveTextAsync("Anything else?");
    }

    [Fact]
    public async Task SendLocationAndImage_ReachTheAppAsTypedMessages()
    {
        await using var app = await ChatApp.StartAsync();
        var request = await app.Client.Messages.SendAsync(User, new LocationRequestMessage("Where are you?"), cancellationToken: TestContext.Current.CancellationToken);
        await OpenChatAsync(app.Emulator.BaseAddress, UserId);

        var bubble = Bubble(request.MessageId);
        await bubble.Locator("details.send-location summary").ClickAsync();
        await bubble.GetByLabel("Latitude").FillAsync("41.1579");
        await bubble.GetByLabel("Longitude").FillAsync("-8.6291");
        await bubble.GetByLabel("Place name").FillAsync("Porto");
        await bubble.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Send location" }).ClickAsync();
        var location = await app.WaitForAsync<LocationMessageReceived>();
        Assert.Equal(41.1579, location.Latitude, 4);
        Assert.Equal(-8.6291, location.Longitude, 4);
        Assert.Equal("Porto", location.Name);
        Assert.Equal(request.MessageId, location.Context?.MessageId);
        await Expect(Page.Locator("#chat-log > li.msg.in .location-name")).ToHaveTextAsync("Porto");

        await Page.Locator("#composer-image").SetInputFilesAsync(new Microsoft.Playwright.FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = Samples.Png });
        await Composer.FillAsync("Here it is");
        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        var image = await app.WaitForAsync<MediaMessageReceived>();
        Assert.Equal("Here it is", image.Caption);
        Assert.Equal("image/png", image.MimeType);
        using var downloaded = new MemoryStream();
        await app.Client.Media.DownloadAsync(image.MediaId, downloaded, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(Samples.Png, downloaded.ToArray());
        await Expect(Page.Locator("#chat-log > li.msg.in img.media.image")).ToHaveAttributeAsync("src", "/_emulator/inbox/media/" + image.MediaId);
    }

    [Fact]
    public async Task StartChatAsNewUser_OpensTheChatAndTheWindow_ThenCloseWindowRefusesFreeForm()
    {
        await using var app = await ChatApp.StartAsync(o => o.EnforceCustomerServiceWindow = true);
        await Page.GotoAsync(app.Emulator.BaseAddress.ToString());
        await Expect(Page.Locator("#live")).ToHaveTextAsync("Live");

        await Page.Locator("details.new-chat summary").ClickAsync();
        await Page.GetByLabel("Phone number").FillAsync("+44 7700 900123");
        await Page.GetByLabel("Profile name").FillAsync("Maya");
        await Page.GetByLabel("First message").FillAsync("Hi, I am new");
        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Start chat" }).ClickAsync();

        var first = await app.WaitForAsync<TextMessageReceived>(t => t.Body == "Hi, I am new");
        Assert.Equal("447700900123", first.From);
        await Expect(Page.Locator("#chat-title")).ToHaveTextAsync("Maya");
        await Expect(Page.Locator("#chat-log > li.msg.out .text")).ToHaveTextAsync("Echo: Hi, I am new");
        await Expect(Page.Locator(".window-state")).ToContainTextAsync("open until");

        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Close window" }).ClickAsync();
        await Expect(Page.Locator(".window-state")).ToHaveTextAsync("24-hour window closed");
        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            app.Client.Messages.SendTextAsync("+447700900123", "after the window", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("131047", refused.Message, StringComparison.Ordinal);
        await Expect(Page.Locator("#chat-log > li.msg.out[data-status=\"failed\"] .error")).ToContainTextAsync("(#131047)");

        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Open window" }).ClickAsync();
        await Expect(Page.Locator(".window-state")).ToContainTextAsync("open until");
        await app.Client.Messages.SendTextAsync("+447700900123", "inside again", cancellationToken: TestContext.Current.CancellationToken);
        await Expect(Page.Locator("#chat-log > li.msg.out[data-status=\"read\"] .text").Last).ToHaveTextAsync("inside again");
    }

    [Fact]
    public async Task ReadReceiptWithTypingIndicator_ShowsReadAndTyping()
    {
        await using var app = await ChatApp.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await OpenChatAsync(app.Emulator.BaseAddress, UserId);
        var inbound = await app.Emulator.SimulateInboundMessageAsync(User, "ping", cancellationToken: ct);
        await Expect(Page.Locator("#chat-log > li.msg.out .text")).ToHaveTextAsync("Echo: ping");

        await app.Client.Messages.MarkAsReadAsync(inbound, new MarkAsReadOptions { ShowTypingIndicator = true }, ct);

        await Expect(Bubble(inbound).Locator(".status.read")).ToContainTextAsync("Read by business");
        await Expect(Page.Locator("#chat-log > li.typing")).ToHaveTextAsync("Emulated Business is typing…");
    }

    [Fact]
    public async Task OperatorPanel_AddsAndClearsAFault_AndShowsTheRates()
    {
        await using var app = await ChatApp.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await Page.GotoAsync(app.Emulator.BaseAddress.ToString());
        await Expect(Page.Locator("#live")).ToHaveTextAsync("Live");
        await Expect(Page.Locator(".operator .configured-rate")).ToHaveTextAsync("80 msg/s");

        await Page.Locator("details.add-fault summary").ClickAsync();
        await Page.GetByLabel("Kind").SelectOptionAsync("failed_delivery");
        await Page.GetByLabel("Times (empty: until cleared)").FillAsync("1");
        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Add fault" }).ClickAsync();
        await Expect(Page.Locator(".operator .fault")).ToContainTextAsync("Failed delivery");
        var fault = Assert.Single(app.Emulator.Faults.Active);
        Assert.Equal(EmulatorFaultKind.FailedDelivery, fault.Kind);

        var failed = await app.Client.Messages.SendTextAsync(User, "will fail", cancellationToken: ct);
        await app.Client.Messages.SendTextAsync(User, "will arrive", cancellationToken: ct);
        await Page.Locator($"#conversations a[data-user=\"{UserId}\"]").ClickAsync();
        await Expect(Bubble(failed.MessageId)).ToHaveAttributeAsync("data-status", "failed");
        await Expect(Bubble(failed.MessageId).Locator(".error")).ToContainTextAsync("(#131026)");
        await Expect(Page.Locator(".operator .measured-rate")).ToContainTextAsync("0.2 msg/s");
        await Expect(Page.Locator(".operator .faults")).ToHaveCountAsync(0);

        app.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.ServerError });
        await Expect(Page.Locator(".operator .fault")).ToContainTextAsync("Server error");
        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Clear all faults" }).ClickAsync();
        await Expect(Page.Locator(".operator #faults")).ToHaveTextAsync("No active faults.");
        Assert.Empty(app.Emulator.Faults.Active);
    }
}
