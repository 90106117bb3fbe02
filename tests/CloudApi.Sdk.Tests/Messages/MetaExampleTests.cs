using System.Text.Json;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

/// <summary>
/// Every example body of <c>POST /{Phone-Number-ID}/messages</c> in Meta's OpenAPI spec
/// (<c>tests/TestData/meta-openapi/messages</c>), built with the SDK's types, sent through the real client to a WireMock
/// Graph server, and compared as JSON with the example. The example is read as Meta wrote it, then adjusted only by
/// <see cref="Expected"/>: placeholders get real values, the fields the SDK always writes are added, and three values are
/// written in the form Meta's schema gives them (see <see cref="ToSchemaForm"/>).
/// </summary>
public sealed class MetaExampleTests
{
    private const string Folder = "tests/TestData/meta-openapi/messages";
    private const string FlowId = "1234567890123456";

    /// <summary>Placeholders of the examples (whole string values) and what the tests send instead.</summary>
    private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
    {
        ["{{Recipient-Phone-Number}}"] = SentMessage.To,
        ["{{Recipient-WA-Phone-Number}}"] = SentMessage.To,
        ["{{Flow-ID}}"] = FlowId,
        ["{{Flow-Name}}"] = "appointment_booking",
        ["<TEMPLATE_NAME>"] = "appointment_flow",
        ["template-name"] = "shipping_update",
        ["language-and-locale-code"] = "en_US",
        ["<HEADER_TYPE>"] = "text",
        ["<http(s)://audio-url>"] = "https://example.com/audio.mp3",
        ["http(s)://audio-url"] = "https://example.com/audio.mp3",
        ["<http(s)://document-url>"] = "https://example.com/report.pdf",
        ["http(s)://image-url"] = "https://example.com/image.jpg",
        ["http(s)://the-image-url"] = "https://example.com/image.jpg",
        ["<http(s)://sticker-url>"] = "https://example.com/sticker.webp",
        ["<http(s)://video-url>"] = "https://example.com/video.mp4",
    };

    private static readonly Dictionary<string, Example> Examples = new(StringComparer.Ordinal)
    {
        ["send-audio-message-by-id.json"] = new(new AudioMessage(MediaSource.FromId("<AUDIO_OBJECT_ID>"))),
        ["send-audio-message-by-url.json"] = new(new AudioMessage(Link("https://example.com/audio.mp3"))),
        ["send-catalog-message.json"] = new(new CatalogMessage(
            "Hello! Thanks for your interest. Ordering is easy. Just visit our catalog and add items to purchase.")
        {
            ThumbnailProductRetailerId = "2lc20305pt",
            Footer = "Best grocery deals on WhatsApp!",
        }),
        ["send-catalog-template-message.json"] = new(new TemplateMessage("intro_catalog_offer", "en_US",
            TemplateComponent.Body(TemplateParameter.Text("100"), TemplateParameter.Text("400"), TemplateParameter.Text("3")),
            TemplateComponent.CatalogButton(0, "2lc20305pt"))),
        ["send-contact-message.json"] = new(MetaContactCard()),
        ["send-document-message-by-id.json"] = new(new DocumentMessage(MediaSource.FromId("<DOCUMENT_OBJECT_ID>"))
        {
            Caption = "<DOCUMENT_CAPTION_TO_SEND>",
            Filename = "<DOCUMENT_FILENAME>",
        }),
        ["send-document-message-by-url.json"] = new(new DocumentMessage(Link("https://example.com/report.pdf")) { Caption = "<DOCUMENT-CAPTION-TEXT>" }),
        ["send-draft-flow-by-id.json"] = new(DraftFlow(FlowReference.FromId(FlowId))),
        ["send-draft-flow-by-name.json"] = new(DraftFlow(FlowReference.FromName("appointment_booking"))),
        ["send-flow-template-message.json"] = new(new TemplateMessage("appointment_flow", "en_US",
            TemplateComponent.FlowButton(0, "<FLOW_TOKEN>", Json("""{"<CUSTOM_KEY>":"<CUSTOM_VALUE>"}""")))),
        ["send-image-message-by-id.json"] = new(new ImageMessage(MediaSource.FromId("<IMAGE_OBJECT_ID>"))),
        ["send-image-message-by-url.json"] = new(new ImageMessage(Link("https://example.com/image.jpg"))),
        ["send-list-message.json"] = new(MetaList()),
        ["send-location-message.json"] = new(MetaLocation()),
        ["send-message-template-interactive.json"] = new(new TemplateMessage("shipping_update", "en_US",
            TemplateComponent.Header(TemplateParameter.Image(Link("https://example.com/image.jpg"))),
            MetaTemplateBody(),
            TemplateComponent.QuickReplyButton(0, "aGlzIHRoaXMgaXMgY29v"),
            TemplateComponent.QuickReplyButton(1, "9rwnB8RbYmPF5t2Mn09x4h"))),
        ["send-message-template-media.json"] = new(new TemplateMessage("shipping_update", "en_US",
            TemplateComponent.Header(TemplateParameter.Image(Link("https://example.com/image.jpg"))),
            MetaTemplateBody())),
        ["send-message-template-text.json"] = new(new TemplateMessage("shipping_update", "en_US", MetaTemplateBody())),
        ["send-multi-product-message.json"] = new(new ProductListMessage("<YOUR_TEXT_HEADER_CONTENT>", "<YOUR_TEXT_BODY_CONTENT>", "146265584024623",
            new ProductSection("<YOUR_PRODUCT1_SKU_IN_CATALOG>", "<YOUR_SECOND_PRODUCT1_SKU_IN_CATALOG>") { Title = "<SECTION1_TITLE>" },
            new ProductSection("<YOUR_PRODUCT2_SKU_IN_CATALOG>", "<YOUR_SECOND_PRODUCT2_SKU_IN_CATALOG>") { Title = "<SECTION2_TITLE>" })
        {
            Footer = "<YOUR_TEXT_FOOTER_CONTENT>",
        }),
        ["send-order-details-message.json"] = new(MetaOrderDetails()),
        ["send-order-status-message.json"] = new(new OrderStatusMessage("your-text-body-content", "unique-reference-id-from-order-details-msg",
            OrderStatus.Processing)
        {
            Description = "optional-text",
        }),
        ["send-published-flow-by-id.json"] = new(PublishedFlow(FlowReference.FromId(FlowId))),
        ["send-published-flow-by-name.json"] = new(PublishedFlow(FlowReference.FromName("appointment_booking"))),
        ["send-reply-button.json"] = new(new InteractiveButtonsMessage("<BUTTON_TEXT>",
            new ReplyButton("<UNIQUE_BUTTON_ID_1>", "<BUTTON_TITLE_1>"),
            new ReplyButton("<UNIQUE_BUTTON_ID_2>", "<BUTTON_TITLE_2>"))),
        ["send-reply-to-audio-message-by-id.json"] = new(new AudioMessage(MediaSource.FromId("<AUDIO_OBJECT_ID>")), ReplyTo("<MSGID_OF_MSG_YOU_ARE_REPLYING_TO>")),
        ["send-reply-to-audio-message-by-url.json"] = new(new AudioMessage(Link("https://example.com/audio.mp3")), ReplyTo("<MSGID_OF_MSG_YOU_ARE_REPLYING_TO>")),
        ["send-reply-to-contact-message.json"] = new(MetaContactCard(), ReplyTo("<MSGID_OF_PREV_MSG>")),
        ["send-reply-to-document-message-by-id.json"] = new(new DocumentMessage(MediaSource.FromId("<DOCUMENT_OBJECT_ID>"))
        {
            Caption = "<DOCUMENT_CAPTION_TO_SEND>",
            Filename = "<DOCUMENT_FILENAME>",
        }, ReplyTo("<MSGID_OF_MSG_YOU_ARE_REPLYING_TO>")),
        ["send-reply-to-document-message-by-url.json"] = new(new DocumentMessage(Link("https://example.com/report.pdf")) { Caption = "<DOCUMENT_CAPTION_TEXT>" },
            ReplyTo("<MSGID_OF_MSG_YOU_ARE_REPLYING_TO>")),
        ["send-reply-to-image-message-by-id.json"] = new(new ImageMessage(MediaSource.FromId("<IMAGE_OBJECT_ID>")), ReplyTo("<MSGID_OF_PREV_MSG>")),
        ["send-reply-to-image-message-by-url.json"] = new(new ImageMessage(Link("https://example.com/image.jpg")), ReplyTo("<MSGID_OF_PREV_MSG>")),
        ["send-reply-to-list-message.json"] = new(MetaList(), ReplyTo("<MSGID_OF_PREV_MSG>")),
        ["send-reply-to-location-message.json"] = new(MetaLocation(), ReplyTo("<MSGID_OF_PREV_MSG>")),
        ["send-reply-to-sticker-message-by-id.json"] = new(new StickerMessage(MediaSource.FromId("<MEDIA_OBJECT_ID>")), ReplyTo("<MSGID_OF_MSG_YOU_ARE_REPLYING_TO>")),
        ["send-reply-to-sticker-message-by-url.json"] = new(new StickerMessage(Link("https://example.com/sticker.webp")), ReplyTo("<MSGID_OF_MSG_YOU_ARE_REPLYING_TO>")),
        ["send-reply-to-text-message.json"] = new(new TextMessage("<TEXT_MSG_CONTENT>") { PreviewUrl = false }, ReplyTo("<MSGID_OF_PREV_MSG>")),
        ["send-reply-to-video-message-by-id.json"] = new(new VideoMessage(MediaSource.FromId("<VIDEO_OBJECT_ID>")) { Caption = "<VIDEO_CAPTION_TEXT>" },
            ReplyTo("<MSGID_OF_MSG_YOU_ARE_REPLYING_TO>")),
        ["send-reply-to-video-message-by-url.json"] = new(new VideoMessage(Link("https://example.com/video.mp4")) { Caption = "<VIDEO_CAPTION_TEXT>" },
            ReplyTo("<MSGID_OF_MSG_YOU_ARE_REPLYING_TO>")),
        ["send-reply-with-reaction-message.json"] = new(new ReactionMessage("wamid.HBgLM...", "\U0001F600")),
        ["send-sample-issue-resolution-template.json"] = new(new TemplateMessage("sample_issue_resolution", "en_US",
            TemplateComponent.Body(TemplateParameter.Text("*Mr. Jones*")),
            TemplateComponent.Button("quick_reply", 0, TemplateParameter.Text("true")),
            TemplateComponent.Button("quick_reply", 1, TemplateParameter.Text("false")))
        {
            LanguagePolicy = "deterministic",
        }),
        ["send-sample-shipping-confirmation-template.json"] = new(new TemplateMessage("shipping_update", "en_US", MetaTemplateBody()), To: "16315555555"),
        ["send-sample-text-message.json"] = new(new TemplateMessage("shipping_update", "en_US", MetaTemplateBody()), To: "16315555555"),
        ["send-single-product-message.json"] = new(new ProductMessage("367025965434465", "<ID_TEST_ITEM_1>")
        {
            Body = "<OPTIONAL_BODY_TEXT>",
            Footer = "<OPTIONAL_FOOTER_TEXT>",
        }),
        ["send-sticker-message-by-id.json"] = new(new StickerMessage(MediaSource.FromId("<MEDIA_OBJECT_ID>"))),
        ["send-sticker-message-by-url.json"] = new(new StickerMessage(Link("https://example.com/sticker.webp"))),
        ["send-test-message.json"] = new(new TemplateMessage("hello_world", "en_US")),
        ["send-text-message-with-preview-url.json"] = new(new TextMessage("Please visit https://youtu.be/hpltvTEiRrY.") { PreviewUrl = true }),
        ["send-text-message.json"] = new(new TextMessage("text-message-content") { PreviewUrl = false }),
        ["send-typing-indicator-and-read-receipt.json"] = new(MarkAsRead: "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUYzMjEzNDM2RTZGQ0MzMDJBRgA="),
        ["send-video-message-by-id.json"] = new(new VideoMessage(MediaSource.FromId("<VIDEO_OBJECT_ID>")) { Caption = "<VIDEO_CAPTION_TEXT>" }),
        ["send-video-message-by-url.json"] = new(new VideoMessage(Link("https://example.com/video.mp4")) { Caption = "<VIDEO_CAPTION_TEXT>" }),
    };

    public static TheoryData<string> ExampleFiles => new(Examples.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Examples_CoverEveryFileOfTheFolder()
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf(Folder), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(50, Examples.Count);
        Assert.Equal(files, Examples.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Send_MetaExample_PostsTheExampleBody(string file)
    {
        var example = Examples[file];
        var ct = TestContext.Current.CancellationToken;
        using var graph = new GraphServer();
        if (example.MarkAsRead is { } messageId)
        {
            graph.Answer(200, """{"success":true}""");
            await graph.Messages.MarkAsReadAsync(messageId, new MarkAsReadOptions { ShowTypingIndicator = true }, ct);
        }
        else
        {
            graph.AcceptMessages();
            await graph.Messages.SendAsync(example.To, example.Message!, example.Options, ct);
        }

        var expected = Expected(await File.ReadAllTextAsync(RepositoryFiles.PathOf($"{Folder}/{file}"), ct), example.Message);
        JsonAssert.Equal(expected, graph.SingleRequestJson());
    }

    /// <summary>
    /// The example as the SDK writes it: placeholders replaced (<see cref="Placeholders"/>); <c>recipient_type</c> and
    /// <c>type</c> added where the example leaves them out (the SDK always writes both); and <see cref="ToSchemaForm"/>.
    /// </summary>
    private static string Expected(string exampleJson, WhatsAppMessage? message)
    {
        var body = JsonNode.Parse(exampleJson)!.AsObject();
        ReplacePlaceholders(body);
        if (message is not null)
        {
            body.TryAdd("recipient_type", "individual");
            body.TryAdd("type", message.Type);
        }

        if (body["template"]?["components"] is JsonArray components)
        {
            foreach (var component in components)
            {
                ToSchemaForm(component!.AsObject());
            }
        }

        return body.ToJsonString();
    }

    /// <summary>
    /// A template button in the form of Meta's schema (<c>ButtonComponent</c>), which the SDK writes: <c>index</c> a string
    /// (two examples write the number <c>0</c>), <c>sub_type</c> from the lower-case enum (the catalog example writes
    /// <c>CATALOG</c>), and a button <c>text</c> parameter a string (the issue-resolution example's <c>true</c>/<c>false</c>
    /// are YAML booleans). Meta accepts either form.
    /// </summary>
    private static void ToSchemaForm(JsonObject component)
    {
        if (component["type"]?.GetValue<string>() != "button")
        {
            return;
        }

        if (component["index"] is JsonValue index && index.GetValueKind() == JsonValueKind.Number)
        {
            component["index"] = index.ToJsonString();
        }

        component["sub_type"] = component["sub_type"]!.GetValue<string>().ToLowerInvariant();
        foreach (var parameter in component["parameters"]!.AsArray())
        {
            if (parameter!["text"] is JsonValue text && text.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                parameter["text"] = text.ToJsonString();
            }
        }
    }

    private static void ReplacePlaceholders(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && Placeholders.TryGetValue(v.GetValue<string>(), out var real))
                    {
                        obj[name] = real;
                    }
                    else if (value is not null)
                    {
                        ReplacePlaceholders(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    ReplacePlaceholders(item!);
                }

                break;
        }
    }

    private static MediaSource Link(string link) => MediaSource.FromLink(link);

    private static SendMessageOptions ReplyTo(string messageId) => new() { ReplyToMessageId = messageId };

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static ContactsMessage MetaContactCard() =>
        new(new Contact(new ContactName("John Smith") { FirstName = "John", LastName = "Smith", MiddleName = "D.", Prefix = "Dr", Suffix = "Jr" })
        {
            Addresses =
            [
                new ContactAddress
                {
                    Street = "1 Hacker Way", City = "Menlo Park", State = "CA", Zip = "94025", Country = "United States", CountryCode = "us",
                    Type = ContactInfoType.Home,
                },
                new ContactAddress
                {
                    Street = "200 Jefferson Dr", City = "Menlo Park", State = "CA", Zip = "94025", Country = "United States", CountryCode = "us",
                    Type = ContactInfoType.Work,
                },
            ],
            Birthday = new DateOnly(2012, 8, 18),
            Emails = [new ContactEmail("test@fb.com") { Type = ContactInfoType.Work }, new ContactEmail("test@whatsapp.com") { Type = ContactInfoType.Home }],
            Organization = new ContactOrganization { Company = "WhatsApp", Department = "Design", Title = "Manager" },
            Phones =
            [
                new ContactPhone("+1 (940) 555-1234") { Type = ContactPhoneType.Home },
                new ContactPhone("+1 (650) 555-1234") { Type = ContactPhoneType.Work, WaId = "16505551234" },
            ],
            Urls = [new ContactUrl("https://www.facebook.com") { Type = ContactInfoType.Work }, new ContactUrl("https://www.whatsapp.com") { Type = ContactInfoType.Home }],
        });

    private static InteractiveFlowMessage DraftFlow(FlowReference flow) =>
        new("Not shown in draft mode", flow, "Not shown in draft mode")
        {
            Action = FlowAction.Navigate("<SCREEN_ID>", Json("""{"<CUSTOM_KEY>":"<CUSTOM_VALUE>"}""")),
            FlowToken = "<FLOW_TOKEN>",
            Draft = true,
            Header = InteractiveHeader.FromText("Not shown in draft mode"),
            Footer = "Not shown in draft mode",
        };

    private static InteractiveFlowMessage PublishedFlow(FlowReference flow) =>
        new("<BODY_TEXT>", flow, "Open Flow!")
        {
            Action = FlowAction.Navigate("<SCREEN_ID>", Json("""{"<CUSTOM_KEY>":"<CUSTOM_VALUE>"}""")),
            FlowToken = "<FLOW_TOKEN>",
            Header = InteractiveHeader.FromText("<HEADER_TEXT>"),
            Footer = "<FOOTER_TEXT>",
        };

    private static InteractiveListMessage MetaList() =>
        new("<BODY_TEXT>", "<BUTTON_TEXT>", MetaListSection(1), MetaListSection(2))
        {
            Header = "<HEADER_TEXT>",
            Footer = "<FOOTER_TEXT>",
        };

    private static ListSection MetaListSection(int section) =>
        new(Enumerable.Range(1, 2).Select(row =>
            new ListRow($"<LIST_SECTION_{section}_ROW_{row}_ID>", $"<SECTION_{section}_ROW_{row}_TITLE>") { Description = $"<SECTION_{section}_ROW_{row}_DESC>" }))
        {
            Title = $"<LIST_SECTION_{section}_TITLE>",
        };

    private static LocationMessage MetaLocation() =>
        new(37.758056, -122.425332) { Name = "META HQ", Address = "1 Hacker Way, Menlo Park, CA 94025" };

    private static TemplateBodyComponent MetaTemplateBody() =>
        TemplateComponent.Body(
            TemplateParameter.Text("text-string"),
            TemplateParameter.Currency("$100.99", "USD", 100990),
            new TemplateDateTimeParameter("February 25, 1977")
            {
                Calendar = "GREGORIAN",
                Year = 1977,
                Month = 2,
                DayOfMonth = 25,
                DayOfWeek = 5,
                Hour = 15,
                Minute = 33,
            });

    private static OrderDetailsMessage MetaOrderDetails()
    {
        var bread = new OrderItem("1234567", "bread", new OrderAmount(1500, 100), quantity: 1) { SaleAmount = new OrderAmount(1000, 100) };
        var order = new PaymentOrder(OrderStatus.Pending, new OrderAmount(1000, 100), bread)
        {
            Tax = new OrderAmount(100, 100) { Description = "optional_text" },
            Shipping = new OrderAmount(100, 100) { Description = "optional_text" },
            Discount = new OrderDiscount(100, 100) { Description = "optional_text", DiscountProgramName = "optional_text" },
        };
        return new OrderDetailsMessage("your-text-body-content", "unique-reference-id", OrderGoodsType.DigitalGoods, "INR", new OrderAmount(1100, 100), order)
        {
            PaymentType = "upi",
            PaymentConfiguration = "my-payment-config-name",
            Header = InteractiveHeader.FromImage(MediaSource.FromLink(
                "https://upload.wikimedia.org/wikipedia/commons/thumb/3/3b/Home_made_sour_dough_bread.jpg/640px-Home_made_sour_dough_bread.jpg")),
            Footer = "your-text-footer-content",
        };
    }

    /// <param name="Message">The message sent, or <see langword="null"/> for the read receipt.</param>
    /// <param name="Options">The send options (a reply's context).</param>
    /// <param name="To">The recipient.</param>
    /// <param name="MarkAsRead">The wamid marked as read with a typing indicator, instead of a send.</param>
    private sealed record Example(WhatsAppMessage? Message = null, SendMessageOptions? Options = null, string To = SentMessage.To, string? MarkAsRead = null);
}
