using System.Text.Json;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

/// <summary>
/// The examples of docs/messages.md: each <c>// docs: name</c> … <c>// docs: end</c> region is a code block of the guide
/// (<see cref="MessagesDocTests"/> checks they are equal), and <see cref="Examples_SendThroughTheClient"/> runs them all.
/// </summary>
public sealed class MessagesDocExamples
{
    internal static async Task TextAsync(IMessagesClient messages, CancellationToken cancellationToken)
    {
        // docs: text
        await messages.SendTextAsync("+16505551234", "Your order has shipped 📦", cancellationToken: cancellationToken);

        var withPreview = new TextMessage("Track it here: https://luckyshrub.com/track/A-1042") { PreviewUrl = true };
        await messages.SendAsync("+16505551234", withPreview, cancellationToken: cancellationToken);
        // docs: end
    }

    internal static async Task MediaAsync(IMessagesClient messages, CancellationToken cancellationToken)
    {
        // docs: media
        // By the id of a file uploaded with client.Media.UploadAsync (preferred for volume), or by a public link.
        var receipt = new ImageMessage(MediaSource.FromId("1479537139650973")) { Caption = "Your receipt" };
        var clip = new VideoMessage(MediaSource.FromLink("https://luckyshrub.com/media/care.mp4")) { Caption = "How to repot" };
        var invoice = new DocumentMessage(MediaSource.FromLink("https://luckyshrub.com/invoices/A-1042.pdf?v=2"))
        {
            Caption = "Invoice A-1042",
            Filename = "invoice-A-1042.pdf",
        };
        var voiceNote = new AudioMessage(MediaSource.FromId("1037543291543636")) { Voice = true };
        var sticker = new StickerMessage(MediaSource.FromId("1037543291543637"));

        foreach (var message in new WhatsAppMessage[] { receipt, clip, invoice, voiceNote, sticker })
        {
            await messages.SendAsync("+16505551234", message, cancellationToken: cancellationToken);
        }
        // docs: end
    }

    internal static async Task LocationAsync(IMessagesClient messages, CancellationToken cancellationToken)
    {
        // docs: location
        var shop = new LocationMessage(37.4847, -122.1486) { Name = "Lucky Shrub", Address = "1 Hacker Way, Menlo Park, CA 94025" };
        await messages.SendAsync("+16505551234", shop, cancellationToken: cancellationToken);
        // docs: end
    }

    internal static async Task ContactsAsync(IMessagesClient messages, CancellationToken cancellationToken)
    {
        // docs: contacts
        var card = new Contact(new ContactName("Ana Ruiz") { FirstName = "Ana", LastName = "Ruiz" })
        {
            Phones = [new ContactPhone("+1 650 555 1234") { Type = ContactPhoneType.Work, WaId = "16505551234" }],
            Emails = [new ContactEmail("ana@luckyshrub.com") { Type = ContactInfoType.Work }],
            Organization = new ContactOrganization { Company = "Lucky Shrub", Title = "Store manager" },
        };
        await messages.SendAsync("+16505551234", new ContactsMessage(card), cancellationToken: cancellationToken);
        // docs: end
    }

    internal static async Task ReactionAsync(IMessagesClient messages, string inboundMessageId, CancellationToken cancellationToken)
    {
        // docs: reaction
        await messages.SendAsync("+16505551234", new ReactionMessage(inboundMessageId, "👍"), cancellationToken: cancellationToken);
        await messages.SendAsync("+16505551234", ReactionMessage.Remove(inboundMessageId), cancellationToken: cancellationToken);
        // docs: end
    }

    internal static async Task ButtonsAndListAsync(IMessagesClient messages, CancellationToken cancellationToken)
    {
        // docs: buttons and list
        var buttons = new InteractiveButtonsMessage("Your delivery is tomorrow, 9-12. Does that work?",
            new ReplyButton("keep", "Keep it"),
            new ReplyButton("change", "Change time"))
        {
            Header = InteractiveHeader.FromImage(MediaSource.FromId("1479537139650973")),
            Footer = "Lucky Shrub",
        };

        var list = new InteractiveListMessage("How should we ship order A-1042?", "Options",
            new ListSection(
                new ListRow("express", "Express") { Description = "1-2 days" },
                new ListRow("next_day", "Next day")) { Title = "Fast" },
            new ListSection(new ListRow("standard", "Standard") { Description = "5-7 days" }) { Title = "Cheap" })
        {
            Header = "Shipping",
            Footer = "Prices include tax",
        };

        await messages.SendAsync("+16505551234", buttons, cancellationToken: cancellationToken);
        await messages.SendAsync("+16505551234", list, cancellationToken: cancellationToken);
        // docs: end
    }

    internal static async Task CtaUrlFlowAndLocationRequestAsync(IMessagesClient messages, CancellationToken cancellationToken)
    {
        // docs: cta url, flow, location request
        var dates = new InteractiveCtaUrlMessage("See which days we deliver.", "See dates", new Uri("https://luckyshrub.com?view=dates"));

        using var data = JsonDocument.Parse("""{"order_id":"A-1042"}""");
        var booking = new InteractiveFlowMessage("Book a repotting session.", FlowReference.FromId("1234567890123456"), "Book now")
        {
            Action = FlowAction.Navigate("WELCOME", data.RootElement), // or FlowAction.DataExchange
            FlowToken = "session-A-1042",
            Header = InteractiveHeader.FromText("Bookings"),
        };
        var draft = new InteractiveFlowMessage("Test the new flow.", FlowReference.FromName("repotting_booking"), "Try it") { Draft = true };

        var where = new LocationRequestMessage("Where should we deliver?");

        foreach (var message in new WhatsAppMessage[] { dates, booking, draft, where })
        {
            await messages.SendAsync("+16505551234", message, cancellationToken: cancellationToken);
        }
        // docs: end
    }

    internal static async Task CommerceAsync(IMessagesClient messages, CancellationToken cancellationToken)
    {
        // docs: commerce
        var one = new ProductMessage("367025965434465", "SKU-FERN") { Body = "Back in stock!" };
        var several = new ProductListMessage("Our picks", "Plants for a shady room.", "367025965434465",
            new ProductSection("SKU-FERN", "SKU-IVY") { Title = "Ferns and ivy" },
            new ProductSection("SKU-MOSS") { Title = "Moss" });
        var catalog = new CatalogMessage("Browse everything we grow.") { ThumbnailProductRetailerId = "SKU-FERN" };

        foreach (var message in new WhatsAppMessage[] { one, several, catalog })
        {
            await messages.SendAsync("+16505551234", message, cancellationToken: cancellationToken);
        }
        // docs: end
    }

    internal static async Task OrdersAsync(IMessagesClient messages, CancellationToken cancellationToken)
    {
        // docs: orders
        var fern = new OrderItem("SKU-FERN", "Boston fern", new OrderAmount(45000, 100), quantity: 2) { SaleAmount = new OrderAmount(40000, 100) };
        var order = new PaymentOrder(OrderStatus.Pending, subtotal: new OrderAmount(80000, 100), fern)
        {
            Tax = new OrderAmount(4000, 100) { Description = "GST" },
            Shipping = new OrderAmount(5000, 100),
            Discount = new OrderDiscount(2000, 100) { DiscountProgramName = "Monsoon sale" },
        };
        // The total must be subtotal + tax + shipping - discount (870.00), or the constructor refuses it.
        var details = new OrderDetailsMessage("Review and pay for order A-1042.", "A-1042", OrderGoodsType.PhysicalGoods, "INR",
            new OrderAmount(87000, 100), order)
        {
            PaymentType = "upi",
            PaymentConfiguration = "lucky-shrub-upi",
        };
        await messages.SendAsync("+16505551234", details, cancellationToken: cancellationToken);

        var shipped = new OrderStatusMessage("Your ferns are on their way.", "A-1042", OrderStatus.Shipped) { Description = "Courier: BlueDart" };
        await messages.SendAsync("+16505551234", shipped, cancellationToken: cancellationToken);
        // docs: end
    }

    internal static async Task TemplatesAsync(IMessagesClient messages, CancellationToken cancellationToken)
    {
        // docs: templates
        var update = new TemplateMessage("order_update", "en_US",
            TemplateComponent.Header(TemplateParameter.Image(MediaSource.FromId("1479537139650973"))),
            TemplateComponent.Body(
                TemplateParameter.Text("Ana"),
                TemplateParameter.Currency("$100.99", "USD", amount1000: 100990),
                new TemplateDateTimeParameter("February 25, 2027") { Year = 2027, Month = 2, DayOfMonth = 25 }),
            TemplateComponent.QuickReplyButton(0, "STOP_UPDATES"),
            TemplateComponent.UrlButton(1, "track/A-1042"));

        var named = new TemplateMessage("table_booked", "en_US",
            TemplateComponent.Body(TemplateParameter.Text("4", parameterName: "guests"), TemplateParameter.Text("Aug 30", parameterName: "date")))
        {
            LanguagePolicy = "deterministic",
        };

        var code = TemplateMessage.Authentication("login_code", "en_US", "482913");

        foreach (var message in new WhatsAppMessage[] { update, named, code })
        {
            await messages.SendAsync("+16505551234", message, cancellationToken: cancellationToken);
        }
        // docs: end
    }

    internal static async Task TemplateButtonsAndCardsAsync(IMessagesClient messages, CancellationToken cancellationToken)
    {
        // docs: template buttons and cards
        using var flowData = JsonDocument.Parse("""{"order_id":"A-1042"}""");
        var buttons = new TemplateMessage("spring_offer", "en_US",
            TemplateComponent.Header(TemplateParameter.Location(37.4847, -122.1486, name: "Lucky Shrub")),
            TemplateComponent.CopyCodeButton(0, "SPRING25"),
            TemplateComponent.FlowButton(1, flowToken: "session-A-1042", flowActionData: flowData.RootElement),
            TemplateComponent.CatalogButton(2, thumbnailProductRetailerId: "SKU-FERN"),
            TemplateComponent.Button("quick_reply", 3, TemplateParameter.Payload("MORE"))); // any kind, any parameters

        var offer = new TemplateMessage("flash_sale", "en_US",
            TemplateComponent.LimitedTimeOffer(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero)),
            TemplateComponent.MultiProductButton(0, "SKU-FERN", new ProductSection("SKU-FERN", "SKU-IVY") { Title = "On sale" }));

        var carousel = new TemplateMessage("summer_carousel", "en_US",
            TemplateComponent.Body(TemplateParameter.Text("Ana")),
            TemplateComponent.Carousel(Enumerable.Range(0, 2).Select(i => new TemplateCarouselCard(i,
                TemplateComponent.Header(TemplateParameter.Image(MediaSource.FromId($"14795371396509{i}"))),
                TemplateComponent.QuickReplyButton(0, $"card-{i}")))));

        foreach (var message in new WhatsAppMessage[] { buttons, offer, carousel })
        {
            await messages.SendAsync("+16505551234", message, cancellationToken: cancellationToken);
        }
        // docs: end
    }

    internal static async Task RawAsync(IMessagesClient messages, CancellationToken cancellationToken)
    {
        // docs: raw
        // A message type or field the SDK does not model yet: the type name and its JSON object.
        var raw = new RawMessage("interactive", """
            {"type":"call_permission_request","body":{"text":"May we call you about your order?"},
             "action":{"name":"call_permission_request"}}
            """);
        await messages.SendAsync("+16505551234", raw, new SendMessageOptions { BizOpaqueCallbackData = "A-1042" }, cancellationToken);
        // docs: end
    }

    internal static async Task ReplyAndReadAsync(IMessagesClient messages, string inboundMessageId, CancellationToken cancellationToken)
    {
        // docs: replies and read receipts
        await messages.MarkAsReadAsync(inboundMessageId, new MarkAsReadOptions { ShowTypingIndicator = true }, cancellationToken);

        var options = new SendMessageOptions
        {
            ReplyToMessageId = inboundMessageId,  // quoted in the chat (not allowed on reactions)
            BizOpaqueCallbackData = "ticket-981", // echoed in this message's status webhooks
            PhoneNumberId = "106540352242922",    // send from another of your numbers
        };
        await messages.SendTextAsync("+16505551234", "Thanks, we're on it.", options, cancellationToken);
        // docs: end
    }

    [Fact]
    public async Task Examples_SendThroughTheClient()
    {
        using var graph = new GraphServer().AcceptMessages();
        var messages = graph.Messages;
        var ct = TestContext.Current.CancellationToken;
        const string Inbound = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUYzMjEzNDM2RTZGQ0MzMDJBRgA=";

        await TextAsync(messages, ct);
        await MediaAsync(messages, ct);
        await LocationAsync(messages, ct);
        await ContactsAsync(messages, ct);
        await ReactionAsync(messages, Inbound, ct);
        await ButtonsAndListAsync(messages, ct);
        await CtaUrlFlowAndLocationRequestAsync(messages, ct);
        await CommerceAsync(messages, ct);
        await OrdersAsync(messages, ct);
        await TemplatesAsync(messages, ct);
        await TemplateButtonsAndCardsAsync(messages, ct);
        await RawAsync(messages, ct);

        Assert.Equal(
            ["text", "text", "image", "video", "document", "audio", "sticker", "location", "contacts", "reaction", "reaction",
             "interactive", "interactive", "interactive", "interactive", "interactive", "interactive", "interactive", "interactive", "interactive",
             "interactive", "interactive", "template", "template", "template", "template", "template", "template", "interactive"],
            graph.Requests.Select(r => System.Text.Json.Nodes.JsonNode.Parse(r.RequestMessage!.Body!)!["type"]!.GetValue<string>()));
        Assert.Equal("https://luckyshrub.com?view=dates",
            System.Text.Json.Nodes.JsonNode.Parse(graph.Requests[13].RequestMessage!.Body!)!["interactive"]!["action"]!["parameters"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReplyAndReadExample_MarksReadThenReplies()
    {
        using var graph = new GraphServer();
        graph.Server.Given(WireMock.RequestBuilders.Request.Create().UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(GraphServer.SendAnswer.Replace("\"messaging_product\"", "\"success\":true,\"messaging_product\"", StringComparison.Ordinal)));

        await ReplyAndReadAsync(graph.Messages, "wamid.IN", TestContext.Current.CancellationToken);

        var read = System.Text.Json.Nodes.JsonNode.Parse(graph.Requests[0].RequestMessage!.Body!)!;
        var reply = System.Text.Json.Nodes.JsonNode.Parse(graph.Requests[1].RequestMessage!.Body!)!;
        Assert.Equal("read", read["status"]!.GetValue<string>());
        Assert.Equal("wamid.IN", reply["context"]!["message_id"]!.GetValue<string>());
        Assert.Equal("ticket-981", reply["biz_opaque_callback_data"]!.GetValue<string>());
        Assert.EndsWith("/106540352242922/messages", graph.Requests[1].RequestMessage!.Path, StringComparison.Ordinal);
    }
}
