using System.Text.Json;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

public sealed class InteractiveMessageTests
{
    [Fact]
    public Task SendAsync_ReplyButtonsWithImageHeader_PostsMetaShape() =>
        SentMessage.AssertBodyAsync(
            new InteractiveButtonsMessage("Change your delivery?", new ReplyButton("change", "Change"), new ReplyButton("keep", "Keep"))
            {
                Header = InteractiveHeader.FromImage(MediaSource.FromId("55")),
                Footer = "Lucky Shrub",
            },
            "interactive",
            """
            {"interactive":{"type":"button","header":{"type":"image","image":{"id":"55"}},"body":{"text":"Change your delivery?"},
             "footer":{"text":"Lucky Shrub"},
             "action":{"buttons":[{"type":"reply","reply":{"id":"change","title":"Change"}},{"type":"reply","reply":{"id":"keep","title":"Keep"}}]}}}
            """);

    [Fact]
    public Task SendAsync_ReplyButtonsWithTextHeader_PostsTextHeader() =>
        SentMessage.AssertBodyAsync(
            new InteractiveButtonsMessage("Pick one", new ReplyButton("a", "A")) { Header = InteractiveHeader.FromText("Your order") },
            "interactive",
            """
            {"interactive":{"type":"button","header":{"type":"text","text":"Your order"},"body":{"text":"Pick one"},
             "action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"A"}}]}}}
            """);

    [Fact]
    public Task SendAsync_List_PostsSectionsAndRows() =>
        SentMessage.AssertBodyAsync(
            new InteractiveListMessage("Choose shipping", "Options",
                new ListSection(new ListRow("exp", "Express") { Description = "1-2 days" }, new ListRow("nxt", "Next day")) { Title = "Fast" },
                new ListSection(new ListRow("std", "Standard") { Description = "5-7 days" }) { Title = "Cheap" })
            {
                Header = "Shipping",
                Footer = "Prices include tax",
            },
            "interactive",
            """
            {"interactive":{"type":"list","header":{"type":"text","text":"Shipping"},"body":{"text":"Choose shipping"},
             "footer":{"text":"Prices include tax"},
             "action":{"button":"Options","sections":[
               {"title":"Fast","rows":[{"id":"exp","title":"Express","description":"1-2 days"},{"id":"nxt","title":"Next day"}]},
               {"title":"Cheap","rows":[{"id":"std","title":"Standard","description":"5-7 days"}]}]}}}
            """);

    [Fact]
    public Task SendAsync_ListWithOneUntitledSection_OmitsTitle() =>
        SentMessage.AssertBodyAsync(
            new InteractiveListMessage("Choose", "Open", new ListSection(new ListRow("a", "A"))),
            "interactive",
            """{"interactive":{"type":"list","body":{"text":"Choose"},"action":{"button":"Open","sections":[{"rows":[{"id":"a","title":"A"}]}]}}}""");

    [Fact]
    public Task SendAsync_CtaUrl_PostsDisplayTextAndUrl() =>
        SentMessage.AssertBodyAsync(
            new InteractiveCtaUrlMessage("See our dates", "See dates", new Uri("https://x.com/?id=1")) { Footer = "Tap below" },
            "interactive",
            """
            {"interactive":{"type":"cta_url","body":{"text":"See our dates"},"footer":{"text":"Tap below"},
             "action":{"name":"cta_url","parameters":{"display_text":"See dates","url":"https://x.com/?id=1"}}}}
            """);

    [Fact]
    public Task SendAsync_FlowNavigate_PostsPayloadWithData()
    {
        using var data = JsonDocument.Parse("""{"k":"v","n":[1,2]}""");
        return SentMessage.AssertBodyAsync(
            new InteractiveFlowMessage("Book a table", FlowReference.FromId("123"), "Open")
            {
                Action = FlowAction.Navigate("WELCOME", data.RootElement),
                FlowToken = "opaque",
                Header = InteractiveHeader.FromText("Bookings"),
                Footer = "Takes a minute",
            },
            "interactive",
            """
            {"interactive":{"type":"flow","header":{"type":"text","text":"Bookings"},"body":{"text":"Book a table"},"footer":{"text":"Takes a minute"},
             "action":{"name":"flow","parameters":{"flow_message_version":"3","flow_token":"opaque","flow_id":"123","flow_cta":"Open",
               "flow_action":"navigate","flow_action_payload":{"screen":"WELCOME","data":{"k":"v","n":[1,2]}}}}}}
            """);
    }

    [Fact]
    public Task SendAsync_DraftFlowByNameWithDataExchange_PostsModeAndNoPayload() =>
        SentMessage.AssertBodyAsync(
            new InteractiveFlowMessage("Sign up", FlowReference.FromName("signup_flow"), "Start") { Action = FlowAction.DataExchange, Draft = true },
            "interactive",
            """
            {"interactive":{"type":"flow","body":{"text":"Sign up"},
             "action":{"name":"flow","parameters":{"flow_message_version":"3","flow_name":"signup_flow","flow_cta":"Start","mode":"draft",
               "flow_action":"data_exchange"}}}}
            """);

    [Fact]
    public void FlowAction_NavigateDataNotAnObject_Refused()
    {
        using var data = JsonDocument.Parse("[1]");
        var error = Assert.Throws<WhatsAppValidationException>(() => FlowAction.Navigate("S", data.RootElement));
        Assert.Equal("interactive.action.parameters.flow_action_payload.data", error.Field);
    }

    [Fact]
    public Task SendAsync_LocationRequest_PostsSendLocationAction() =>
        SentMessage.AssertBodyAsync(new LocationRequestMessage("Where should we deliver?"), "interactive",
            """{"interactive":{"type":"location_request_message","body":{"text":"Where should we deliver?"},"action":{"name":"send_location"}}}""");

    [Fact]
    public Task SendAsync_Product_PostsCatalogAndSku() =>
        SentMessage.AssertBodyAsync(new ProductMessage("367025965434465", "SKU1") { Body = "Back in stock", Footer = "Limited" }, "interactive",
            """
            {"interactive":{"type":"product","body":{"text":"Back in stock"},"footer":{"text":"Limited"},
             "action":{"catalog_id":"367025965434465","product_retailer_id":"SKU1"}}}
            """);

    [Fact]
    public Task SendAsync_ProductWithoutBody_PostsActionOnly() =>
        SentMessage.AssertBodyAsync(new ProductMessage("367025965434465", "SKU1"), "interactive",
            """{"interactive":{"type":"product","action":{"catalog_id":"367025965434465","product_retailer_id":"SKU1"}}}""");

    [Fact]
    public Task SendAsync_ProductList_PostsSectionsOfProductItems() =>
        SentMessage.AssertBodyAsync(
            new ProductListMessage("Our picks", "Have a look", "367025965434465",
                new ProductSection("SKU1", "SKU2") { Title = "A" }, new ProductSection("SKU3") { Title = "B" })
            {
                Footer = "Free returns",
            },
            "interactive",
            """
            {"interactive":{"type":"product_list","header":{"type":"text","text":"Our picks"},"body":{"text":"Have a look"},
             "footer":{"text":"Free returns"},
             "action":{"catalog_id":"367025965434465","sections":[
               {"title":"A","product_items":[{"product_retailer_id":"SKU1"},{"product_retailer_id":"SKU2"}]},
               {"title":"B","product_items":[{"product_retailer_id":"SKU3"}]}]}}}
            """);

    [Fact]
    public Task SendAsync_Catalog_PostsThumbnail() =>
        SentMessage.AssertBodyAsync(new CatalogMessage("Browse our catalog") { ThumbnailProductRetailerId = "SKU1", Footer = "New arrivals" }, "interactive",
            """
            {"interactive":{"type":"catalog_message","body":{"text":"Browse our catalog"},"footer":{"text":"New arrivals"},
             "action":{"name":"catalog_message","parameters":{"thumbnail_product_retailer_id":"SKU1"}}}}
            """);

    [Fact]
    public Task SendAsync_CatalogWithoutThumbnail_OmitsParameters() =>
        SentMessage.AssertBodyAsync(new CatalogMessage("Browse"), "interactive",
            """{"interactive":{"type":"catalog_message","body":{"text":"Browse"},"action":{"name":"catalog_message"}}}""");

    [Fact]
    public void InteractiveButtonsMessage_CallerListChangedAfterCreation_MessageUnchanged()
    {
        var buttons = new List<ReplyButton> { new("a", "A") };
        var message = new InteractiveButtonsMessage("Pick", buttons);

        buttons.Add(new ReplyButton("b", "B"));
        buttons.Add(new ReplyButton("c", "C"));
        buttons.Add(new ReplyButton("d", "D"));

        Assert.Equal(["a"], message.Buttons.Select(b => b.Id));
        Assert.Equal("button", message.InteractiveType);
        Assert.Equal("interactive", message.Type);
    }

    [Fact]
    public void FlowAction_NavigateDataEmptyObject_Refused()
    {
        using var data = JsonDocument.Parse("{}");
        var error = Assert.Throws<WhatsAppValidationException>(() => FlowAction.Navigate("S", data.RootElement));
        Assert.Equal("interactive.action.parameters.flow_action_payload.data", error.Field);
    }

    [Fact]
    public Task SendAsync_CtaUrlWithQueryAndNoPath_SendsUrlExactlyAsGiven() =>
        SentMessage.AssertBodyAsync(new InteractiveCtaUrlMessage("See", "Open", new Uri("https://x.com?a=1")), "interactive",
            """{"interactive":{"type":"cta_url","body":{"text":"See"},"action":{"name":"cta_url","parameters":{"display_text":"Open","url":"https://x.com?a=1"}}}}""");
}
