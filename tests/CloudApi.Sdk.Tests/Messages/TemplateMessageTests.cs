using System.Text.Json;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

public sealed class TemplateMessageTests
{
    [Fact]
    public Task SendAsync_TemplateWithoutVariables_PostsNameAndLanguageOnly() =>
        SentMessage.AssertBodyAsync(new TemplateMessage("hello_world", "en_US"), "template",
            """{"template":{"name":"hello_world","language":{"code":"en_US"}}}""");

    [Fact]
    public Task SendAsync_TemplateWithEveryParameterKind_PostsMetaShape()
    {
        using var flowData = JsonDocument.Parse("""{"k":"v"}""");
        var message = new TemplateMessage("order_update", "en_US",
            TemplateComponent.Header(TemplateParameter.Text("Jane")),
            TemplateComponent.Body(
                TemplateParameter.Text("4"),
                TemplateParameter.Currency("$100.99", "USD", 100990),
                TemplateParameter.DateTime("Feb 25, 1977")),
            TemplateComponent.QuickReplyButton(0, "STOP"),
            TemplateComponent.UrlButton(1, "url-suffix"),
            TemplateComponent.CopyCodeButton(2, "25OFF"),
            TemplateComponent.FlowButton(3, "t", flowData.RootElement));

        return SentMessage.AssertBodyAsync(message, "template",
            """
            {"template":{"name":"order_update","language":{"code":"en_US"},"components":[
              {"type":"header","parameters":[{"type":"text","text":"Jane"}]},
              {"type":"body","parameters":[
                {"type":"text","text":"4"},
                {"type":"currency","currency":{"fallback_value":"$100.99","code":"USD","amount_1000":100990}},
                {"type":"date_time","date_time":{"fallback_value":"Feb 25, 1977"}}]},
              {"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"STOP"}]},
              {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"url-suffix"}]},
              {"type":"button","sub_type":"copy_code","index":"2","parameters":[{"type":"coupon_code","coupon_code":"25OFF"}]},
              {"type":"button","sub_type":"flow","index":"3","parameters":[{"type":"action","action":{"flow_token":"t","flow_action_data":{"k":"v"}}}]}
            ]}}
            """);
    }

    [Fact]
    public Task SendAsync_NamedParameters_PostsParameterNames() =>
        SentMessage.AssertBodyAsync(
            new TemplateMessage("reservation_confirmation", "en_US",
                TemplateComponent.Header(TemplateParameter.Text("Jane", "first_name")),
                TemplateComponent.Body(TemplateParameter.Text("4", "guests"), TemplateParameter.Text("Aug 30", "date"))),
            "template",
            """
            {"template":{"name":"reservation_confirmation","language":{"code":"en_US"},"components":[
              {"type":"header","parameters":[{"type":"text","text":"Jane","parameter_name":"first_name"}]},
              {"type":"body","parameters":[{"type":"text","text":"4","parameter_name":"guests"},{"type":"text","text":"Aug 30","parameter_name":"date"}]}]}}
            """);

    [Fact]
    public Task SendAsync_ImageHeader_PostsMedia() =>
        SentMessage.AssertBodyAsync(
            new TemplateMessage("promo", "en", TemplateComponent.Header(TemplateParameter.Image(MediaSource.FromId("123")))),
            "template",
            """{"template":{"name":"promo","language":{"code":"en"},"components":[{"type":"header","parameters":[{"type":"image","image":{"id":"123"}}]}]}}""");

    [Fact]
    public Task SendAsync_VideoHeader_PostsLink() =>
        SentMessage.AssertBodyAsync(
            new TemplateMessage("promo", "en", TemplateComponent.Header(TemplateParameter.Video(MediaSource.FromLink("https://host/v.mp4")))),
            "template",
            """{"template":{"name":"promo","language":{"code":"en"},"components":[{"type":"header","parameters":[{"type":"video","video":{"link":"https://host/v.mp4"}}]}]}}""");

    [Fact]
    public Task SendAsync_DocumentHeader_PostsFilename() =>
        SentMessage.AssertBodyAsync(
            new TemplateMessage("receipt", "en", TemplateComponent.Header(TemplateParameter.Document(MediaSource.FromId("9"), "r.pdf"))),
            "template",
            """{"template":{"name":"receipt","language":{"code":"en"},"components":[{"type":"header","parameters":[{"type":"document","document":{"id":"9","filename":"r.pdf"}}]}]}}""");

    [Fact]
    public Task SendAsync_LocationHeader_PostsCoordinatesAsStrings() =>
        SentMessage.AssertBodyAsync(
            new TemplateMessage("pickup", "en", TemplateComponent.Header(TemplateParameter.Location(37.4, -122.1, "Philz", "101 Forest Ave"))),
            "template",
            """
            {"template":{"name":"pickup","language":{"code":"en"},"components":[{"type":"header","parameters":[
              {"type":"location","location":{"latitude":"37.4","longitude":"-122.1","name":"Philz","address":"101 Forest Ave"}}]}]}}
            """);

    [Fact]
    public Task SendAsync_Carousel_PostsCardsWithIndexes() =>
        SentMessage.AssertBodyAsync(
            new TemplateMessage("summer_carousel", "en_US",
                TemplateComponent.Body(TemplateParameter.Text("Jane")),
                TemplateComponent.Carousel(
                    new TemplateCarouselCard(0,
                        TemplateComponent.Header(TemplateParameter.Image(MediaSource.FromId("img0"))),
                        TemplateComponent.Body(TemplateParameter.Text("10%")),
                        TemplateComponent.QuickReplyButton(0, "card0")),
                    new TemplateCarouselCard(1,
                        TemplateComponent.Header(TemplateParameter.Image(MediaSource.FromId("img1"))),
                        TemplateComponent.Body(TemplateParameter.Text("20%")),
                        TemplateComponent.QuickReplyButton(0, "card1")))),
            "template",
            """
            {"template":{"name":"summer_carousel","language":{"code":"en_US"},"components":[
              {"type":"body","parameters":[{"type":"text","text":"Jane"}]},
              {"type":"carousel","cards":[
                {"card_index":0,"components":[
                  {"type":"header","parameters":[{"type":"image","image":{"id":"img0"}}]},
                  {"type":"body","parameters":[{"type":"text","text":"10%"}]},
                  {"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"card0"}]}]},
                {"card_index":1,"components":[
                  {"type":"header","parameters":[{"type":"image","image":{"id":"img1"}}]},
                  {"type":"body","parameters":[{"type":"text","text":"20%"}]},
                  {"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"card1"}]}]}]}]}}
            """);

    [Fact]
    public Task SendAsync_AuthenticationTemplate_PutsCodeInBodyAndButton() =>
        SentMessage.AssertBodyAsync(TemplateMessage.Authentication("login_code", "en_US", "123456"), "template",
            """
            {"template":{"name":"login_code","language":{"code":"en_US"},"components":[
              {"type":"body","parameters":[{"type":"text","text":"123456"}]},
              {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"123456"}]}]}}
            """);

    [Fact]
    public async Task SendAsync_Template_ReturnsHeldStatus()
    {
        using var graph = new GraphServer();
        graph.Answer(200, """{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.T","message_status":"held_for_quality_assessment"}]}""");

        var result = await graph.Messages.SendAsync(SentMessage.To, new TemplateMessage("hello_world", "en_US"),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(MessageStatus.HeldForQualityAssessment, result.MessageStatus);
        Assert.Equal("template", graph.SingleRequestJson()["type"]!.GetValue<string>());
    }

    [Fact]
    public Task SendAsync_CatalogAndMultiProductButtons_PostActions() =>
        SentMessage.AssertBodyAsync(
            new TemplateMessage("catalog_promo", "en_US",
                TemplateComponent.CatalogButton(0, "SKU1"),
                TemplateComponent.MultiProductButton(1, "SKU1", new ProductSection("SKU1", "SKU2") { Title = "A" }, new ProductSection("SKU3") { Title = "B" })),
            "template",
            """
            {"template":{"name":"catalog_promo","language":{"code":"en_US"},"components":[
              {"type":"button","sub_type":"catalog","index":"0","parameters":[{"type":"action","action":{"thumbnail_product_retailer_id":"SKU1"}}]},
              {"type":"button","sub_type":"mpm","index":"1","parameters":[{"type":"action","action":{"thumbnail_product_retailer_id":"SKU1",
                "sections":[{"title":"A","product_items":[{"product_retailer_id":"SKU1"},{"product_retailer_id":"SKU2"}]},
                            {"title":"B","product_items":[{"product_retailer_id":"SKU3"}]}]}}]}]}}
            """);

    [Fact]
    public Task SendAsync_LimitedTimeOffer_PostsExpiryInUnixMilliseconds() =>
        SentMessage.AssertBodyAsync(
            new TemplateMessage("flash_sale", "en_US",
                TemplateComponent.LimitedTimeOffer(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)),
                TemplateComponent.CopyCodeButton(0, "25OFF")),
            "template",
            """
            {"template":{"name":"flash_sale","language":{"code":"en_US"},"components":[
              {"type":"limited_time_offer","parameters":[{"type":"limited_time_offer","limited_time_offer":{"expiration_time_ms":1735689600000}}]},
              {"type":"button","sub_type":"copy_code","index":"0","parameters":[{"type":"coupon_code","coupon_code":"25OFF"}]}]}}
            """);

    [Fact]
    public void MultiProductButton_31Products_RefusedWithLimit()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => TemplateComponent.MultiProductButton(0, "SKU1",
            new ProductSection(Enumerable.Range(0, 16).Select(i => $"a{i}")) { Title = "A" }, new ProductSection(Enumerable.Range(0, 15).Select(i => $"b{i}")) { Title = "B" }));

        Assert.Equal("template.components.parameters.action.sections.product_items", error.Field);
        Assert.Equal(30, error.Limit);
    }

    [Fact]
    public void TemplateMessage_Components_AreExposedInOrder()
    {
        var message = new TemplateMessage("t", "en", TemplateComponent.Body(TemplateParameter.Text("a")), TemplateComponent.QuickReplyButton(1, "p"));

        Assert.Equal(["body", "button"], message.Components.Select(c => c.Type));
        var button = Assert.IsType<TemplateButtonComponent>(message.Components[1]);
        Assert.Equal(("quick_reply", 1), (button.SubType, button.Index));
        Assert.Equal("payload", Assert.Single(button.Parameters).Type);
    }
}
