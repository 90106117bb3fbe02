using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

/// <summary>Rules that are not lengths or counts: each bad message is refused naming the field, and nothing is sent.</summary>
public sealed class MessageValidationTests
{
    private static readonly ReplyButton A = new("a", "A");

    private static readonly Dictionary<string, (string Field, Func<WhatsAppMessage> Create)> Cases = new()
    {
        ["empty reply-buttons body"] = ("interactive.body.text", () => new InteractiveButtonsMessage("", A)),
        ["white-space list body"] = ("interactive.body.text", () => new InteractiveListMessage("  ", "Open", new ListSection(new ListRow("a", "A")))),
        ["empty CTA body"] = ("interactive.body.text", () => new InteractiveCtaUrlMessage("", "See", new Uri("https://x.com"))),
        ["empty location-request body"] = ("interactive.body.text", () => new LocationRequestMessage("")),
        ["empty catalog body"] = ("interactive.body.text", () => new CatalogMessage("")),
        ["empty product-list header"] = ("interactive.header.text", () => new ProductListMessage("", "Look", "cat", new ProductSection("SKU1"))),
        ["empty caption"] = ("image.caption", () => new ImageMessage(MediaSource.FromId("1")) { Caption = "" }),
        ["empty footer"] = ("interactive.footer.text", () => new InteractiveButtonsMessage("Pick", A) { Footer = "" }),

        ["duplicate button ids"] = ("interactive.action.buttons.reply.id", () => new InteractiveButtonsMessage("Pick", [new ReplyButton("x", "One"), new ReplyButton("x", "Two")])),
        ["duplicate button titles"] = ("interactive.action.buttons.reply.title", () => new InteractiveButtonsMessage("Pick", [new ReplyButton("1", "Same"), new ReplyButton("2", "Same")])),
        ["button id with a trailing space"] = ("interactive.action.buttons.reply.id", () => new InteractiveButtonsMessage("Pick", [new ReplyButton("id ", "A")])),
        ["duplicate list row ids across sections"] = ("interactive.action.sections.rows.id",
            () => new InteractiveListMessage("Choose", "Open", new ListSection(new ListRow("x", "One")) { Title = "A" }, new ListSection(new ListRow("x", "Two")) { Title = "B" })),
        ["untitled section among several"] = ("interactive.action.sections.title",
            () => new InteractiveListMessage("Choose", "Open", new ListSection(new ListRow("a", "A")) { Title = "A" }, new ListSection(new ListRow("b", "B")))),
        ["untitled product section among several"] = ("interactive.action.sections.title",
            () => new ProductListMessage("Picks", "Look", "cat", new ProductSection("SKU1") { Title = "A" }, new ProductSection("SKU2"))),
        ["product section without products"] = ("interactive.action.sections.product_items",
            () => new ProductListMessage("Picks", "Look", "cat", new ProductSection())),
        ["list section without rows"] = ("interactive.action.sections.rows", () => new InteractiveListMessage("Choose", "Open", new ListSection())),

        ["relative CTA url"] = ("interactive.action.parameters.url", () => new InteractiveCtaUrlMessage("See", "See", new Uri("/dates", UriKind.Relative))),
        ["ftp CTA url"] = ("interactive.action.parameters.url", () => new InteractiveCtaUrlMessage("See", "See", new Uri("ftp://x.com/dates"))),
        ["ftp media link in an interactive header"] = ("link",
            () => new InteractiveButtonsMessage("Pick", A) { Header = InteractiveHeader.FromImage(MediaSource.FromLink(new Uri("ftp://x.com/a.png"))) }),

        ["named and positional body parameters mixed"] = ("template.components.parameters.parameter_name",
            () => new TemplateMessage("t", "en", TemplateComponent.Body(TemplateParameter.Text("Jane", "first_name"), TemplateParameter.Text("4")))),
        ["named body parameter and a currency mixed"] = ("template.components.parameters.parameter_name",
            () => new TemplateMessage("t", "en", TemplateComponent.Body(TemplateParameter.Text("Jane", "first_name"), TemplateParameter.Currency("$1", "USD", 1000)))),
        ["upper-case parameter name"] = ("template.components.parameters.parameter_name",
            () => new TemplateMessage("t", "en", TemplateComponent.Body(TemplateParameter.Text("Jane", "First_Name")))),
        ["parameter name with a digit"] = ("template.components.parameters.parameter_name",
            () => new TemplateMessage("t", "en", TemplateComponent.Body(TemplateParameter.Text("Jane", "name1")))),
        ["repeated parameter name"] = ("template.components.parameters.parameter_name",
            () => new TemplateMessage("t", "en", TemplateComponent.Body(TemplateParameter.Text("a", "name"), TemplateParameter.Text("b", "name")))),
        ["empty body parameter"] = ("template.components.parameters.text",
            () => new TemplateMessage("t", "en", TemplateComponent.Body(TemplateParameter.Text("")))),
        ["body without parameters"] = ("template.components.parameters", () => new TemplateMessage("t", "en", TemplateComponent.Body())),
        ["image in the body"] = ("template.components.parameters.type",
            () => new TemplateMessage("t", "en", TemplateComponent.Body(TemplateParameter.Image(MediaSource.FromId("1"))))),
        ["currency in the header"] = ("template.components.parameters.type",
            () => new TemplateMessage("t", "en", TemplateComponent.Header(TemplateParameter.Currency("$1", "USD", 1000)))),
        ["currency code of four letters"] = ("template.components.parameters.currency.code",
            () => new TemplateMessage("t", "en", TemplateComponent.Body(TemplateParameter.Currency("$1", "USDX", 1000)))),
        ["two bodies"] = ("template.components",
            () => new TemplateMessage("t", "en", TemplateComponent.Body(TemplateParameter.Text("a")), TemplateComponent.Body(TemplateParameter.Text("b")))),
        ["two buttons at one index"] = ("template.components.index",
            () => new TemplateMessage("t", "en", TemplateComponent.QuickReplyButton(0, "a"), TemplateComponent.UrlButton(0, "b"))),
        ["negative button index"] = ("template.components.index", () => new TemplateMessage("t", "en", TemplateComponent.QuickReplyButton(-1, "a"))),
        ["template name with upper case"] = ("template.name", () => new TemplateMessage("Order_Update", "en_US")),
        ["template name with a hyphen"] = ("template.name", () => new TemplateMessage("order-update", "en_US")),
        ["empty language"] = ("template.language.code", () => new TemplateMessage("t", "")),
        ["repeated card index"] = ("template.components.cards.card_index",
            () => new TemplateMessage("t", "en", TemplateComponent.Carousel(Card(0), Card(0)))),
        ["card index beyond the cards"] = ("template.components.cards.card_index",
            () => new TemplateMessage("t", "en", TemplateComponent.Carousel(Card(0), Card(5)))),
        ["three buttons on a card"] = ("template.components.cards.components.buttons",
            () => new TemplateMessage("t", "en", TemplateComponent.Carousel(Card(0),
                new TemplateCarouselCard(1, TemplateComponent.QuickReplyButton(0, "a"), TemplateComponent.QuickReplyButton(1, "b"), TemplateComponent.QuickReplyButton(2, "c"))))),
        ["carousel inside a card"] = ("template.components.cards.components",
            () => new TemplateMessage("t", "en", TemplateComponent.Carousel(Card(0), new TemplateCarouselCard(1, TemplateComponent.Carousel(Card(0), Card(1)))))),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task SendAsync_InvalidMessage_RefusedNamingField_NothingSent(string name)
    {
        var (field, create) = Cases[name];
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendAsync(SentMessage.To, create(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(field, error.Field);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void WhatsAppValidationException_IsAnArgumentException()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new TextMessage(""));

        Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Null(error.Limit);
    }

    private static TemplateCarouselCard Card(int index) =>
        new(index, TemplateComponent.Header(TemplateParameter.Image(MediaSource.FromId($"img{index}"))), TemplateComponent.QuickReplyButton(0, $"card{index}"));
}
