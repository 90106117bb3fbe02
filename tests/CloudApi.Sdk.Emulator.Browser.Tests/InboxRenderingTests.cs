using CloudApi.Sdk.Emulator.Browser.Tests.Infrastructure;
using CloudApi.Sdk.Messages;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CloudApi.Sdk.Emulator.Browser.Tests;

/// <summary>Every message type the SDK sends shows in the inbox as WhatsApp would show it (text and structure, not pixels).</summary>
[Collection(SharedBrowser.Name)]
public sealed class InboxRenderingTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string User = "+15550001111";
    private const string UserId = "15550001111";

    [Fact]
    public async Task EveryMessageType_SentThroughTheSdk_RendersInTheChat()
    {
        await using var app = await ChatApp.StartAsync();
        var sent = await SendOneOfEachAsync(app);
        await OpenChatAsync(app.Emulator.BaseAddress, UserId);

        await Expect(Page.Locator("#chat-title")).ToHaveTextAsync(User);
        var messages = sent.Keys.Count(k => !k.EndsWith("-media", StringComparison.Ordinal));
        await Expect(Page.Locator("#chat-log > li.msg.out")).ToHaveCountAsync(messages - 1); // the reaction sits on its message

        var text = Bubble(sent["text"]);
        await Expect(text.Locator(".text")).ToHaveTextAsync("See https://example.com/docs now");
        await Expect(text.Locator(".text a")).ToHaveAttributeAsync("href", "https://example.com/docs");
        await Expect(text.Locator(".reaction.by-business")).ToHaveTextAsync("👍");
        await Expect(text).ToHaveAttributeAsync("data-status", "read");
        await Expect(text.Locator(".status")).ToContainTextAsync("Read");

        var image = Bubble(sent["image"]).Locator("img.media.image");
        await Expect(image).ToHaveAttributeAsync("src", "/_emulator/inbox/media/" + sent["image-media"]);
        await Expect(image).ToHaveAttributeAsync("alt", "A photo");
        Assert.Equal(2, await image.EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth)"));
        await Expect(Bubble(sent["image"]).Locator(".caption")).ToHaveTextAsync("A photo");
        await Expect(Bubble(sent["video"]).Locator("video.media.video")).ToHaveAttributeAsync("src", "/_emulator/inbox/media/" + sent["video-media"]);
        await Expect(Bubble(sent["audio"]).Locator("audio.media.audio")).ToHaveAttributeAsync("src", "/_emulator/inbox/media/" + sent["audio-media"]);
        await Expect(Bubble(sent["document"]).Locator("a.media.document .filename")).ToHaveTextAsync("invoice.pdf");
        await Expect(Bubble(sent["sticker"]).Locator("img.media.sticker")).ToHaveAttributeAsync("src", "/_emulator/inbox/media/" + sent["sticker-media"]);

        var location = Bubble(sent["location"]);
        await Expect(location.Locator(".location-name")).ToHaveTextAsync("Lisbon office");
        await Expect(location.Locator(".location-address")).ToHaveTextAsync("Rua Augusta 1");
        await Expect(location.Locator(".coordinates")).ToHaveTextAsync("38.7223, -9.1393");

        var contact = Bubble(sent["contacts"]);
        await Expect(contact.Locator(".contact-name")).ToHaveTextAsync("Ana Silva");
        await Expect(contact.Locator(".contact-phone")).ToHaveTextAsync("+351 912 345 678");

        var buttons = Bubble(sent["buttons"]);
        await Expect(buttons.Locator(".header")).ToHaveTextAsync("Your order");
        await Expect(buttons.Locator(".text")).ToHaveTextAsync("Ship it today?");
        await Expect(buttons.Locator(".footer")).ToHaveTextAsync("Tap one");
        await Expect(buttons.Locator("button.reply-button")).ToHaveTextAsync(["Yes", "Later"]);

        var list = Bubble(sent["list"]);
        await list.Locator("summary.list-button").ClickAsync();
        await Expect(list.Locator(".sections h4")).ToHaveTextAsync("Sizes");
        await Expect(list.Locator("button.list-row .title")).ToHaveTextAsync(["Small", "Large"]);
        await Expect(list.Locator("button.list-row .row-description").First).ToHaveTextAsync("Fits 1 person");

        await Expect(Bubble(sent["cta"]).Locator("a.cta-url")).ToHaveAttributeAsync("href", "https://shop.example/sale");
        await Expect(Bubble(sent["cta"]).Locator("a.cta-url")).ToContainTextAsync("Open the sale");
        await Expect(Bubble(sent["flow"]).Locator("button.flow-button")).ToHaveTextAsync("Book now");
        await Expect(Bubble(sent["location-request"]).Locator("details.send-location summary")).ToContainTextAsync("Send location");
        await Expect(Bubble(sent["location-request"]).Locator(".text")).ToHaveTextAsync("Where should we deliver?");
        await Expect(Bubble(sent["product"]).Locator(".product .retailer-id")).ToHaveTextAsync("SKU-1");
        await Expect(Bubble(sent["product-list"]).Locator(".product-section h4")).ToHaveTextAsync("Shoes");
        await Expect(Bubble(sent["product-list"]).Locator(".product .retailer-id")).ToHaveTextAsync(["SKU-2", "SKU-3"]);
        await Expect(Bubble(sent["catalog"]).Locator(".catalog")).ToContainTextAsync("View catalog");
        await Expect(Bubble(sent["catalog"]).Locator(".text")).ToHaveTextAsync("Browse everything");

        var template = Bubble(sent["template"]).Locator(".template");
        await Expect(template.Locator(".header")).ToHaveTextAsync("Order A1");
        await Expect(template.Locator(".text")).ToHaveTextAsync("Hi Ana, your order ships on Monday.");
        await Expect(template.Locator(".footer")).ToHaveTextAsync("Reply STOP to opt out");
        await Expect(template.Locator("button.reply-button")).ToHaveTextAsync("Track it");
        await Expect(template.Locator("a.cta-url")).ToHaveAttributeAsync("href", "https://shop.example/orders/A1");

        var carousel = Bubble(sent["carousel"]).Locator(".template");
        await Expect(carousel.Locator("> .text")).ToHaveTextAsync("Summer picks for Ana");
        await Expect(carousel.Locator(".carousel .card")).ToHaveCountAsync(2);
        await Expect(carousel.Locator(".card .text")).ToHaveTextAsync(["Sandals 20% off", "Hats 2 for 1"]);
        await Expect(carousel.Locator(".card img.media.image").First).ToHaveAttributeAsync("src", "/_emulator/inbox/media/" + sent["image-media"]);
        await Expect(carousel.Locator(".card button.reply-button")).ToHaveTextAsync(["Want sandals", "Want hats"]);

        await Expect(Page.Locator("#conversations .chat-link .preview")).ToHaveTextAsync("Template summer_picks");
    }

    [Fact]
    public async Task RateLimitRefusal_ShowsTheErrorOnTheMessage_AndCountsInTheOperatorPanel()
    {
        await using var app = await ChatApp.StartAsync(o => o.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.PairRateLimit, Count = 1 }));
        // The emulator refuses the first attempt with 131056; the SDK backs off and sends it again.
        var sent = await app.Client.Messages.SendTextAsync(User, "hello again", cancellationToken: TestContext.Current.CancellationToken);
        await OpenChatAsync(app.Emulator.BaseAddress, UserId);

        var refused = Page.Locator("#chat-log > li.msg.out[data-status=\"failed\"]");
        await Expect(refused.Locator(".text")).ToHaveTextAsync("hello again");
        await Expect(refused.Locator(".error")).ToContainTextAsync("(#131056) (Business Account, Consumer Account) pair rate limit hit");
        await Expect(refused.Locator(".status")).ToContainTextAsync("Failed");
        await Expect(refused.Locator(".actions")).ToHaveCountAsync(0);
        await Expect(Bubble(sent.MessageId)).ToHaveAttributeAsync("data-status", "read");
        await Expect(Page.Locator(".operator .errors-131056")).ToHaveTextAsync("1");
        await Expect(Page.Locator(".operator .accepted")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task Inbox_WithEveryMessageType_HasNoSeriousOrCriticalAccessibilityViolations()
    {
        await using var app = await ChatApp.StartAsync();
        var sent = await SendOneOfEachAsync(app);
        await app.Emulator.SimulateInboundMessageAsync(User, "Hello from the user", cancellationToken: TestContext.Current.CancellationToken);
        await OpenChatAsync(app.Emulator.BaseAddress, UserId);
        await Expect(Bubble(sent["carousel"])).ToBeVisibleAsync();
        await Bubble(sent["list"]).Locator("summary.list-button").ClickAsync();
        await Page.Locator("details.add-fault summary").ClickAsync();

        var result = await Page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    /// <summary>Sends one message of every type through the SDK; returns their ids by name (and the uploaded media ids).</summary>
    private static async Task<Dictionary<string, string>> SendOneOfEachAsync(ChatApp app)
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.Client;
        await Samples.CreateTemplateAsync(app.Emulator, Samples.OrderTemplate);
        await Samples.CreateTemplateAsync(app.Emulator, Samples.CarouselTemplate);
        var ids = new Dictionary<string, string>
        {
            ["image-media"] = await Samples.UploadAsync(client, Samples.Png, "image/png"),
            ["video-media"] = await Samples.UploadAsync(client, [0, 0, 0, 24, 102, 116, 121, 112], "video/mp4"),
            ["audio-media"] = await Samples.UploadAsync(client, "OggS"u8.ToArray(), "audio/ogg"),
            ["document-media"] = await Samples.UploadAsync(client, "%PDF-1.4"u8.ToArray(), "application/pdf"),
            ["sticker-media"] = await Samples.UploadAsync(client, "RIFF\0\0\0\0WEBP"u8.ToArray(), "image/webp"),
        };

        async Task Send(string name, WhatsAppMessage message) =>
            ids[name] = (await client.Messages.SendAsync(User, message, cancellationToken: ct)).MessageId;

        await Send("text", new TextMessage("See https://example.com/docs now"));
        await Send("image", new ImageMessage(MediaSource.FromId(ids["image-media"])) { Caption = "A photo" });
        await Send("video", new VideoMessage(MediaSource.FromId(ids["video-media"])));
        await Send("audio", new AudioMessage(MediaSource.FromId(ids["audio-media"])));
        await Send("document", new DocumentMessage(MediaSource.FromId(ids["document-media"])) { Filename = "invoice.pdf" });
        await Send("sticker", new StickerMessage(MediaSource.FromId(ids["sticker-media"])));
        await Send("location", new LocationMessage(38.7223, -9.1393) { Name = "Lisbon office", Address = "Rua Augusta 1" });
        await Send("contacts", new ContactsMessage(new Contact(new ContactName("Ana Silva")) { Phones = [new ContactPhone("+351 912 345 678")] }));
        await Send("reaction", new ReactionMessage(ids["text"], "👍"));
        await Send("buttons", new InteractiveButtonsMessage("Ship it today?", new ReplyButton("yes", "Yes"), new ReplyButton("later", "Later"))
        {
            Header = InteractiveHeader.FromText("Your order"),
            Footer = "Tap one",
        });
        await Send("list", new InteractiveListMessage(
            "Pick a size",
            "Sizes",
            new ListSection(new ListRow("s", "Small") { Description = "Fits 1 person" }, new ListRow("l", "Large")) { Title = "Sizes" }));
        await Send("cta", new InteractiveCtaUrlMessage("Our sale is on", "Open the sale", new Uri("https://shop.example/sale")));
        await Send("flow", new InteractiveFlowMessage("Book a table", FlowReference.FromId("1234567890"), "Book now") { FlowToken = "flow-token-1" });
        await Send("location-request", new LocationRequestMessage("Where should we deliver?"));
        await Send("product", new ProductMessage("catalog-1", "SKU-1") { Body = "Our best seller" });
        await Send("product-list", new ProductListMessage("New in", "Fresh arrivals", "catalog-1", new ProductSection("SKU-2", "SKU-3") { Title = "Shoes" }));
        await Send("catalog", new CatalogMessage("Browse everything") { ThumbnailProductRetailerId = "SKU-1" });
        await Send("template", new TemplateMessage(
            "order_update",
            "en_US",
            TemplateComponent.Header(TemplateParameter.Text("A1")),
            TemplateComponent.Body(TemplateParameter.Text("Ana"), TemplateParameter.Text("Monday")),
            TemplateComponent.QuickReplyButton(0, "track-A1"),
            TemplateComponent.UrlButton(1, "A1")));
        await Send("carousel", new TemplateMessage(
            "summer_picks",
            "en_US",
            TemplateComponent.Body(TemplateParameter.Text("Ana")),
            TemplateComponent.Carousel(
                new TemplateCarouselCard(
                    0,
                    TemplateComponent.Header(TemplateParameter.Image(MediaSource.FromId(ids["image-media"]))),
                    TemplateComponent.Body(TemplateParameter.Text("20% off")),
                    TemplateComponent.QuickReplyButton(0, "sandals")),
                new TemplateCarouselCard(
                    1,
                    TemplateComponent.Header(TemplateParameter.Image(MediaSource.FromId(ids["image-media"]))),
                    TemplateComponent.Body(TemplateParameter.Text("2 for 1")),
                    TemplateComponent.QuickReplyButton(0, "hats")))));
        return ids;
    }
}
