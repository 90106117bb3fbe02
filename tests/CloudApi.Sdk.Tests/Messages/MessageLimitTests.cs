using System.Globalization;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

/// <summary>
/// Each limit of the reference at n (accepted, and the value reaches the wire intact) and at n + 1 (refused with the field
/// and the limit, and nothing sent).
/// </summary>
public sealed class MessageLimitTests
{
    /// <param name="Field">The field the refusal names (as in the JSON).</param>
    /// <param name="Limit">The largest accepted size.</param>
    /// <param name="Create">Builds a message whose measured size is the argument.</param>
    /// <param name="Measure">Reads that size back from the request body the server received.</param>
    public sealed record LimitCase(string Field, int Limit, Func<int, WhatsAppMessage> Create, Func<JsonNode, int> Measure);

    private static readonly MediaSource Media = MediaSource.FromId("1479537139650973");

    private static readonly Dictionary<string, LimitCase> Cases = new()
    {
        ["text body"] = new("text.body", 4096, n => new TextMessage(S(n)), j => Len(j["text"]!["body"])),
        ["image caption"] = new("image.caption", 1024, n => new ImageMessage(Media) { Caption = S(n) }, j => Len(j["image"]!["caption"])),
        ["video caption"] = new("video.caption", 1024, n => new VideoMessage(Media) { Caption = S(n) }, j => Len(j["video"]!["caption"])),
        ["document caption"] = new("document.caption", 1024, n => new DocumentMessage(Media) { Caption = S(n) }, j => Len(j["document"]!["caption"])),

        ["reply buttons"] = new("interactive.action.buttons", 3, n => Buttons(n), j => Action(j)["buttons"]!.AsArray().Count),
        ["reply button title"] = new("interactive.action.buttons.reply.title", 20,
            n => new InteractiveButtonsMessage("Pick", new ReplyButton("a", S(n))), j => Len(Action(j)["buttons"]![0]!["reply"]!["title"])),
        ["reply button id"] = new("interactive.action.buttons.reply.id", 256,
            n => new InteractiveButtonsMessage("Pick", new ReplyButton(S(n), "A")), j => Len(Action(j)["buttons"]![0]!["reply"]!["id"])),
        ["reply buttons body"] = new("interactive.body.text", 1024, n => Buttons(1, body: S(n)), j => Len(j["interactive"]!["body"]!["text"])),
        ["interactive header text"] = new("interactive.header.text", 60,
            n => new InteractiveButtonsMessage("Pick", new ReplyButton("a", "A")) { Header = InteractiveHeader.FromText(S(n)) }, j => Len(j["interactive"]!["header"]!["text"])),
        ["interactive footer"] = new("interactive.footer.text", 60,
            n => new InteractiveButtonsMessage("Pick", new ReplyButton("a", "A")) { Footer = S(n) }, j => Len(j["interactive"]!["footer"]!["text"])),

        ["list rows (11th in a second section)"] = new("interactive.action.sections.rows", 10,
            n => new InteractiveListMessage("Choose", "Open", [Section("A", 5, "a"), Section("B", n - 5, "b")]), j => Rows(j)),
        ["list sections"] = new("interactive.action.sections", 10,
            n => new InteractiveListMessage("Choose", "Open", Enumerable.Range(0, n).Select(i => Section($"S{i}", 1, $"s{i}-"))),
            j => Action(j)["sections"]!.AsArray().Count),
        ["list body"] = new("interactive.body.text", 4096, n => List(body: S(n)), j => Len(j["interactive"]!["body"]!["text"])),
        ["list button"] = new("interactive.action.button", 20, n => List(button: S(n)), j => Len(Action(j)["button"])),
        ["list section title"] = new("interactive.action.sections.title", 24,
            n => new InteractiveListMessage("Choose", "Open", new ListSection(new ListRow("a", "A")) { Title = S(n) }), j => Len(Action(j)["sections"]![0]!["title"])),
        ["list row title"] = new("interactive.action.sections.rows.title", 24,
            n => new InteractiveListMessage("Choose", "Open", new ListSection(new ListRow("a", S(n)))), j => Len(Row(j)["title"])),
        ["list row description"] = new("interactive.action.sections.rows.description", 72,
            n => new InteractiveListMessage("Choose", "Open", new ListSection(new ListRow("a", "A") { Description = S(n) })), j => Len(Row(j)["description"])),
        ["list row id"] = new("interactive.action.sections.rows.id", 200,
            n => new InteractiveListMessage("Choose", "Open", new ListSection(new ListRow(S(n), "A"))), j => Len(Row(j)["id"])),

        ["cta display text"] = new("interactive.action.parameters.display_text", 20,
            n => new InteractiveCtaUrlMessage("See", S(n), new Uri("https://x.com/")), j => Len(Action(j)["parameters"]!["display_text"])),
        ["cta body"] = new("interactive.body.text", 1024,
            n => new InteractiveCtaUrlMessage(S(n), "See", new Uri("https://x.com/")), j => Len(j["interactive"]!["body"]!["text"])),
        ["flow cta"] = new("interactive.action.parameters.flow_cta", 30,
            n => new InteractiveFlowMessage("Book", FlowReference.FromId("1"), S(n)) { Action = FlowAction.DataExchange }, j => Len(Action(j)["parameters"]!["flow_cta"])),
        ["location request body"] = new("interactive.body.text", 1024,
            n => new LocationRequestMessage(S(n)), j => Len(j["interactive"]!["body"]!["text"])),

        ["product list products"] = new("interactive.action.sections.product_items", 30,
            n => new ProductListMessage("Picks", "Look", "cat", [Products("A", 10, "a"), Products("B", 10, "b"), Products("C", n - 20, "c")]),
            j => Action(j)["sections"]!.AsArray().Sum(s => s!["product_items"]!.AsArray().Count)),
        ["product list sections"] = new("interactive.action.sections", 10,
            n => new ProductListMessage("Picks", "Look", "cat", Enumerable.Range(0, n).Select(i => Products($"S{i}", 1, $"s{i}-"))),
            j => Action(j)["sections"]!.AsArray().Count),

        ["template name"] = new("template.name", 512, n => new TemplateMessage(S(n), "en_US"), j => Len(j["template"]!["name"])),
        ["template body parameter, body only"] = new("template.components.parameters.text", 32768,
            n => new TemplateMessage("t", "en", TemplateComponent.Body(TemplateParameter.Text(S(n)))), j => Len(Component(j, 0)["parameters"]![0]!["text"])),
        ["template body parameter, with a header"] = new("template.components.parameters.text", 1024,
            n => new TemplateMessage("t", "en", TemplateComponent.Header(TemplateParameter.Text("h")), TemplateComponent.Body(TemplateParameter.Text(S(n)))),
            j => Len(Component(j, 1)["parameters"]![0]!["text"])),
        ["template header text parameter"] = new("template.components.parameters.text", 60,
            n => new TemplateMessage("t", "en", TemplateComponent.Header(TemplateParameter.Text(S(n)))), j => Len(Component(j, 0)["parameters"]![0]!["text"])),
        ["template copy code"] = new("template.components.parameters.coupon_code", 15,
            n => new TemplateMessage("t", "en", TemplateComponent.CopyCodeButton(0, S(n))), j => Len(Component(j, 0)["parameters"]![0]!["coupon_code"])),
        ["template one-time password"] = new("template.components.parameters.text", 15,
            n => TemplateMessage.Authentication("login", "en", S(n)), j => Len(Component(j, 0)["parameters"]![0]!["text"])),
        ["template carousel cards"] = new("template.components.cards", 10,
            n => new TemplateMessage("t", "en", TemplateComponent.Carousel(Enumerable.Range(0, n).Select(Card))),
            j => Component(j, 0)["cards"]!.AsArray().Count),
        ["template button index"] = new("template.components.index", 9,
            n => new TemplateMessage("t", "en", TemplateComponent.QuickReplyButton(n, "p")),
            j => int.Parse(Component(j, 0)["index"]!.GetValue<string>(), CultureInfo.InvariantCulture)),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task SendAsync_AtLimit_IsSentIntact(string name)
    {
        var limitCase = Cases[name];
        using var graph = new GraphServer().AcceptMessages();
        var message = limitCase.Create(limitCase.Limit);

        await graph.Messages.SendAsync(SentMessage.To, message, cancellationToken: TestContext.Current.CancellationToken);

        var body = graph.SingleRequestJson();
        Assert.Equal(message.Type, body["type"]!.GetValue<string>());
        Assert.Equal(limitCase.Limit, limitCase.Measure(body));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task SendAsync_OverLimit_RefusedNamingFieldAndLimit_NothingSent(string name)
    {
        var limitCase = Cases[name];
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendAsync(SentMessage.To, limitCase.Create(limitCase.Limit + 1), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(limitCase.Field, error.Field);
        Assert.Equal(limitCase.Field, error.ParamName);
        Assert.Equal(limitCase.Limit, error.Limit);
        Assert.Contains(limitCase.Limit.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public void Carousel_OneCard_RefusedWithMinimum()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => TemplateComponent.Carousel(Card(0)));

        Assert.Equal("template.components.cards", error.Field);
        Assert.Equal(2, error.Limit);
    }

    [Fact]
    public void ReplyButtons_None_RefusedWithMinimum()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => Buttons(0));

        Assert.Equal("interactive.action.buttons", error.Field);
        Assert.Equal(1, error.Limit);
    }

    private static string S(int length) => new('x', length);

    private static int Len(JsonNode? node) => node!.GetValue<string>().Length;

    private static JsonNode Action(JsonNode body) => body["interactive"]!["action"]!;

    private static JsonNode Row(JsonNode body) => Action(body)["sections"]![0]!["rows"]![0]!;

    private static int Rows(JsonNode body) => Action(body)["sections"]!.AsArray().Sum(s => s!["rows"]!.AsArray().Count);

    private static JsonNode Component(JsonNode body, int index) => body["template"]!["components"]![index]!;

    private static InteractiveButtonsMessage Buttons(int count, string body = "Pick one") =>
        new(body, Enumerable.Range(0, count).Select(i => new ReplyButton($"id-{i}", $"Title {i}")));

    private static InteractiveListMessage List(string body = "Choose", string button = "Open") =>
        new(body, button, [Section(null, 1, "r")]);

    private static ListSection Section(string? title, int rows, string idPrefix) =>
        new(Enumerable.Range(0, rows).Select(i => new ListRow($"{idPrefix}{i}", $"Row {i}"))) { Title = title };

    private static ProductSection Products(string title, int count, string skuPrefix) =>
        new(Enumerable.Range(0, count).Select(i => $"{skuPrefix}{i}")) { Title = title };

    private static TemplateCarouselCard Card(int index) =>
        new(index, TemplateComponent.Header(TemplateParameter.Image(MediaSource.FromId($"img{index}"))), TemplateComponent.QuickReplyButton(0, $"card{index}"));
}
