using System.Text.Json.Nodes;
using CloudApi.Sdk.Tests.Infrastructure;
using CloudApi.Sdk.Webhooks;
using static CloudApi.Sdk.Tests.Webhooks.WebhookPayloads;

namespace CloudApi.Sdk.Tests.Webhooks;

public class WhatsAppWebhookParserMessageTests
{
    [Fact]
    public void Parse_TextMessage_CarriesBodySourceSenderAndContext()
    {
        var json = Message("text", """ "text":{"body":"hi ünïcode 👋"} """,
            """ ,"context":{"from":"15550783881","id":"wamid.ORIG","forwarded":true,"frequently_forwarded":true,"referred_product":{"catalog_id":"cat-1","product_retailer_id":"sku-9"}} """);

        var notification = Parse(json);
        var text = Assert.IsType<TextMessageReceived>(Assert.Single(notification.Events));

        Assert.Equal("whatsapp_business_account", notification.ObjectType);
        Assert.Equal("hi ünïcode 👋", text.Body);
        Assert.Equal("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=", text.Id);
        Assert.Equal("16505551234", text.From);
        Assert.Equal("US.13491208655302741918", text.FromUserId);
        Assert.Equal("text", text.Type);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749416383), text.Timestamp);
        Assert.Equal(Waba, text.BusinessAccountId);
        Assert.Equal(WebhookFields.Messages, text.Field);
        Assert.Equivalent(WhatsAppModelFactory.WebhookMetadata("15550783881", PhoneNumberId), text.Metadata, strict: true);
        Assert.Equal(PhoneNumberId, text.PhoneNumberId);
        Assert.Equal("Sheena", text.Sender?.Name);
        Assert.Equal("sheena.n", text.Sender?.Username);
        Assert.Equal("US.ENT.11815799212886844830", text.Sender?.ParentUserId);
        Assert.Equal("ikh", text.Sender?.IdentityKeyHash);
        Assert.Equivalent(WhatsAppModelFactory.MessageContext(
            messageId: "wamid.ORIG",
            from: "15550783881",
            forwarded: true,
            frequentlyForwarded: true,
            referredCatalogId: "cat-1",
            referredProductRetailerId: "sku-9"), text.Context, strict: true);
        Assert.Empty(text.Errors);
    }

    [Fact]
    public void Parse_Image_ReadsMediaFields()
    {
        var image = Single<ImageMessageReceived>(Message("image",
            """ "image":{"caption":"look","mime_type":"image/jpeg","sha256":"abc=","id":"1479537139650973","url":"https://lookaside.example/x"} """));

        Assert.Equal("1479537139650973", image.MediaId);
        Assert.Equal("image/jpeg", image.MimeType);
        Assert.Equal("abc=", image.Sha256);
        Assert.Equal("look", image.Caption);
        Assert.Equal("https://lookaside.example/x", image.Url);
    }

    [Fact]
    public void Parse_AudioVoiceNote_SetsVoice()
    {
        var audio = Single<AudioMessageReceived>(Message("audio", """ "audio":{"mime_type":"audio/ogg; codecs=opus","sha256":"s","id":"m-1","voice":true} """));

        Assert.True(audio.Voice);
        Assert.Equal("audio/ogg; codecs=opus", audio.MimeType);
    }

    [Fact]
    public void Parse_Video_ReadsMedia()
    {
        var video = Single<VideoMessageReceived>(Message("video", """ "video":{"mime_type":"video/mp4","sha256":"s","id":"v-1","caption":"clip"} """));

        Assert.Equal("v-1", video.MediaId);
        Assert.Equal("clip", video.Caption);
    }

    [Fact]
    public void Parse_Document_ReadsFilename()
    {
        var document = Single<DocumentMessageReceived>(Message("document", """ "document":{"filename":"invoice.pdf","mime_type":"application/pdf","sha256":"s","id":"d-1"} """));

        Assert.Equal("invoice.pdf", document.Filename);
        Assert.Equal("d-1", document.MediaId);
    }

    [Fact]
    public void Parse_AnimatedSticker_SetsAnimated()
    {
        var sticker = Single<StickerMessageReceived>(Message("sticker", """ "sticker":{"mime_type":"image/webp","sha256":"s","id":"st-1","animated":true} """));

        Assert.True(sticker.Animated);
        Assert.Equal("image/webp", sticker.MimeType);
    }

    [Fact]
    public void Parse_Location_ReadsCoordinatesAndPlace()
    {
        var location = Single<LocationMessageReceived>(Message("location",
            """ "location":{"latitude":37.4847,"longitude":-122.1473,"name":"Meta HQ","address":"1 Hacker Way","url":"https://meta.com"} """));

        Assert.Equal(37.4847, location.Latitude);
        Assert.Equal(-122.1473, location.Longitude);
        Assert.Equal("Meta HQ", location.Name);
        Assert.Equal("1 Hacker Way", location.Address);
        Assert.Equal("https://meta.com", location.Url);
    }

    [Fact]
    public void Parse_Contacts_ReadsSharedCardsApartFromSenderProfiles()
    {
        var message = Single<ContactsMessageReceived>(Message("contacts", """
            "contacts":[{"name":{"formatted_name":"Ana Silva","first_name":"Ana","last_name":"Silva"},
              "phones":[{"phone":"+1 650 555 0000","type":"CELL","wa_id":"16505550000"}],
              "emails":[{"email":"ana@example.com","type":"WORK"}],"urls":[{"url":"https://ana.example","type":"HOME"}],
              "org":{"company":"Acme","title":"CTO"},"birthday":"1990-01-31"}]
            """));

        var card = Assert.Single(message.SharedContacts);
        Assert.Equal("Ana Silva", card.FormattedName);
        Assert.Equal("Ana", card.FirstName);
        Assert.Equal("Silva", card.LastName);
        Assert.Equivalent(WhatsAppModelFactory.SharedContactPhone("+1 650 555 0000", "CELL", "16505550000"), Assert.Single(card.Phones), strict: true);
        Assert.Equal(["ana@example.com"], card.Emails);
        Assert.Equal(["https://ana.example"], card.Urls);
        Assert.Equal("Acme", card.Company);
        Assert.Equal("1990-01-31", card.Birthday);
        Assert.Equal("16505551234", Assert.Single(message.Contacts).WaId);
    }

    [Fact]
    public void Parse_InteractiveButtonReply_ReadsIdAndTitle()
    {
        var reply = Single<ButtonReplyReceived>(Message("interactive",
            """ "interactive":{"type":"button_reply","button_reply":{"id":"yes-1","title":"Yes"}} """,
            """ ,"context":{"from":"15550783881","id":"wamid.Q"} """));

        Assert.Equal("yes-1", reply.ReplyId);
        Assert.Equal("Yes", reply.Title);
        Assert.Equal("wamid.Q", reply.Context?.MessageId);
    }

    [Fact]
    public void Parse_InteractiveListReply_ReadsRow()
    {
        var reply = Single<ListReplyReceived>(Message("interactive",
            """ "interactive":{"list_reply":{"id":"row-2","title":"Tuesday","description":"10:00"},"type":"list_reply"} """));

        Assert.Equal("row-2", reply.ReplyId);
        Assert.Equal("Tuesday", reply.Title);
        Assert.Equal("10:00", reply.Description);
    }

    [Fact]
    public void Parse_FlowReply_KeepsResponseJsonAndExtractsFlowToken()
    {
        var reply = Single<FlowReplyReceived>(Message("interactive",
            """ "interactive":{"type":"nfm_reply","nfm_reply":{"name":"flow","body":"Sent","response_json":"{\"flow_token\":\"tok-7\",\"date\":\"2026-01-01\"}"}} """));

        Assert.Equal("flow", reply.Name);
        Assert.Equal("Sent", reply.Body);
        Assert.Equal("tok-7", reply.FlowToken);
        JsonAssert.Equal("""{"flow_token":"tok-7","date":"2026-01-01"}""", JsonNode.Parse(reply.ResponseJson));
    }

    [Fact]
    public void Parse_TemplateQuickReplyButton_ReadsPayloadAndText()
    {
        var reply = Single<TemplateButtonReplyReceived>(Message("button", """ "button":{"payload":"STOP_PROMOS","text":"Stop promotions"} """,
            """ ,"context":{"from":"15550783881","id":"wamid.TEMPLATE"} """));

        Assert.Equal("STOP_PROMOS", reply.Payload);
        Assert.Equal("Stop promotions", reply.Text);
        Assert.Equal("wamid.TEMPLATE", reply.Context?.MessageId);
    }

    [Fact]
    public void Parse_Reaction_ReadsEmojiAndTarget()
    {
        var reaction = Single<ReactionReceived>(Message("reaction", """ "reaction":{"message_id":"wamid.MINE","emoji":"\uD83D\uDC4D"} """));

        Assert.Equal("wamid.MINE", reaction.ReactedMessageId);
        Assert.Equal("👍", reaction.Emoji);
        Assert.False(reaction.IsRemoved);
    }

    [Fact]
    public void Parse_ReactionWithoutEmoji_IsRemoval()
    {
        var reaction = Single<ReactionReceived>(Message("reaction", """ "reaction":{"message_id":"wamid.MINE"} """));

        Assert.True(reaction.IsRemoved);
    }

    [Fact]
    public void Parse_Order_ReadsItems()
    {
        var order = Single<OrderReceived>(Message("order", """
            "order":{"catalog_id":"cat-1","text":"for Friday","product_items":[
              {"product_retailer_id":"sku-1","quantity":"2","item_price":"12.50","currency":"EUR"},
              {"product_retailer_id":"sku-2","quantity":1,"item_price":3,"currency":"EUR"}]}
            """));

        Assert.Equal("cat-1", order.CatalogId);
        Assert.Equal("for Friday", order.Text);
        Assert.Equivalent(new[] { WhatsAppModelFactory.OrderItem("sku-1", 2, 12.50m, "EUR"), WhatsAppModelFactory.OrderItem("sku-2", 1, 3m, "EUR") }, order.Items, strict: true);
    }

    [Fact]
    public void Parse_SystemNumberChange_ReadsNewWaId()
    {
        var system = Single<SystemMessageReceived>(Message("system",
            """ "system":{"body":"User A changed from 1650 to 1651","wa_id":"16505551235","type":"user_changed_number"} """));

        Assert.Equal("user_changed_number", system.SystemType);
        Assert.Equal("16505551235", system.NewWaId);
        Assert.Equal("User A changed from 1650 to 1651", system.Body);
    }

    [Fact]
    public void Parse_SystemIdentityChange_ReadsIdentity()
    {
        var system = Single<SystemMessageReceived>(Message("system",
            """ "system":{"body":"identity changed","type":"customer_identity_changed","customer":"16505551234"} """,
            """ ,"identity":{"acknowledged":true,"created_timestamp":1602532300,"hash":"Sjvjlx8G6Z0="} """));

        Assert.Equal("customer_identity_changed", system.SystemType);
        Assert.Equivalent(WhatsAppModelFactory.UserIdentity(true, DateTimeOffset.FromUnixTimeSeconds(1602532300), "Sjvjlx8G6Z0="), system.Identity, strict: true);
    }

    [Fact]
    public void Parse_Unsupported_KeepsErrors()
    {
        var unsupported = Single<UnsupportedMessageReceived>(Message("unsupported", """
            "errors":[{"code":131051,"title":"Message type unknown","message":"Message type unknown","error_data":{"details":"Message type is currently not supported."}}],
            "unsupported":{"type":"poll"}
            """));

        Assert.Equal("poll", unsupported.UnsupportedType);
        Assert.Equivalent(WhatsAppModelFactory.WebhookError(WhatsAppErrorCodes.UnsupportedMessageType, "Message type unknown", "Message type unknown", "Message type is currently not supported.", null),
            Assert.Single(unsupported.Errors), strict: true);
    }

    [Fact]
    public void Parse_LegacyUnknownTypeWithoutPayload_IsUnsupported()
    {
        var unsupported = Single<UnsupportedMessageReceived>(Message("unknown",
            """ "errors":[{"code":131051,"details":"Message type is not currently supported","title":"Unsupported message type"}] """));

        Assert.Null(unsupported.UnsupportedType);
        Assert.Equal(131051, Assert.Single(unsupported.Errors).Code);
    }

    [Fact]
    public void Parse_RequestWelcome_IsWelcomeRequest()
    {
        var welcome = Single<WelcomeRequestReceived>(Message("request_welcome", ""));

        Assert.Equal("request_welcome", welcome.Type);
        Assert.Equal("16505551234", welcome.From);
    }

    [Fact]
    public void Parse_Referral_ReadsAdFields()
    {
        var text = Single<TextMessageReceived>(Message("text", """ "text":{"body":"From the ad"} """, """
            ,"referral":{"source_url":"https://fb.me/ad","source_id":"ad-1","source_type":"ad","headline":"Sale","body":"50% off",
              "media_type":"image","image_url":"https://img","video_url":"https://vid","thumbnail_url":"https://thumb","ctwa_clid":"clid-1"}
            """));

        Assert.Equivalent(WhatsAppModelFactory.MessageReferral(
            sourceUrl: "https://fb.me/ad",
            sourceId: "ad-1",
            sourceType: "ad",
            headline: "Sale",
            body: "50% off",
            mediaType: "image",
            imageUrl: "https://img",
            videoUrl: "https://vid",
            thumbnailUrl: "https://thumb",
            clickId: "clid-1"), text.Referral, strict: true);
    }

    [Fact]
    public void Parse_UnknownMessageType_KeepsRawJson()
    {
        const string raw = """{"from":"16505551234","id":"wamid.NEW","timestamp":"1749416383","type":"hologram","hologram":{"depth":3,"layers":["a","b"]}}""";

        var unknown = Single<UnknownMessageReceived>(MessagesBody(raw));

        Assert.Equal("hologram", unknown.Type);
        Assert.Equal("wamid.NEW", unknown.Id);
        Assert.Equal(Waba, unknown.BusinessAccountId);
        JsonAssert.Equal(raw, JsonNode.Parse(unknown.RawJson));
    }

    [Fact]
    public void Parse_UnknownInteractiveKind_KeepsRawJson()
    {
        var unknown = Single<UnknownMessageReceived>(Message("interactive", """ "interactive":{"type":"hologram_reply","hologram_reply":{"depth":3}} """));

        Assert.Contains("hologram_reply", unknown.RawJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "")]
    [InlineData("text", """ "text":"not an object" """)]
    [InlineData("image", """ "text":{"body":"payload of another type"} """)]
    [InlineData("location", """ "location":{"latitude":"north"} """)]
    public void Parse_TypeWithoutUsablePayload_IsUnknownWithRawJson(string type, string payload)
    {
        var unknown = Single<UnknownMessageReceived>(Message(type, payload));

        Assert.Equal(type, unknown.Type);
        Assert.NotNull(JsonNode.Parse(unknown.RawJson));
    }

    [Fact]
    public void Parse_UnknownPropertiesEverywhere_AreIgnored()
    {
        var json = """
            {"object":"whatsapp_business_account","future":{"a":[1,2,{"b":null}]},"entry":[{"id":"1","extra":true,"changes":[{"field":"messages","novel":[],
              "value":{"messaging_product":"whatsapp","shiny":{"x":1},"messages":[{"id":"wamid.A","from":"1","timestamp":"1","type":"text","text":{"body":"ok","tone":"warm"},"new_flag":false}]}}]}]}
            """;

        var text = Single<TextMessageReceived>(json);

        Assert.Equal("ok", text.Body);
        Assert.Equal("1", text.BusinessAccountId);
    }

    [Fact]
    public void Parse_NumericTimestamp_IsAccepted()
    {
        var text = Single<TextMessageReceived>(MessagesBody("""{"from":"1","id":"wamid.T","timestamp":1739321024,"type":"text","text":{"body":"x"}}"""));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1739321024), text.Timestamp);
    }

    [Fact]
    public void Parse_SenderKnownOnlyByUserId_MatchesContactByUserId()
    {
        var json = Envelope("messages", """
            {"messaging_product":"whatsapp","contacts":[{"profile":{"name":"A"},"user_id":"US.1"},{"profile":{"name":"B"},"user_id":"US.2"}],
             "messages":[{"from_user_id":"US.2","id":"wamid.U","timestamp":"1","type":"text","text":{"body":"x"}}]}
            """);

        var text = Single<TextMessageReceived>(json);

        Assert.Null(text.From);
        Assert.Equal("B", text.Sender?.Name);
    }
}
