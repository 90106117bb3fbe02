using System.Text.Json;
using CloudApi.Sdk.Webhooks;
using static CloudApi.Sdk.Tests.Webhooks.WebhookPayloads;

namespace CloudApi.Sdk.Tests.Webhooks;

public class WhatsAppWebhookParserNewMessageTests
{
    [Fact]
    public void Parse_Edit_TypesTheNewContentWithTheSender()
    {
        var edit = Single<MessageEditReceived>(Message("edit",
            """ "edit":{"original_message_id":"wamid.ORIGINAL","message":{"type":"text","text":{"body":"see you at 6, not 5"}}} """));

        Assert.Equal("wamid.ORIGINAL", edit.OriginalMessageId);
        var content = Assert.IsType<TextMessageReceived>(edit.EditedMessage);
        Assert.Equal("see you at 6, not 5", content.Body);
        Assert.Equal("16505551234", content.From);
        Assert.Equal("wamid.ORIGINAL", content.Id);
        Assert.Equal(PhoneNumberId, content.PhoneNumberId);
    }

    [Fact]
    public void Parse_Revoke_ReadsTheDeletedMessageId()
    {
        var revoke = Single<MessageRevokeReceived>(Message("revoke", """ "revoke":{"original_message_id":"wamid.GONE"} """));

        Assert.Equal("wamid.GONE", revoke.OriginalMessageId);
        Assert.Equal("revoke", revoke.Type);
    }

    [Fact]
    public void Parse_CallPermissionReply_ReadsTheAnswer()
    {
        var reply = Single<CallPermissionReplyReceived>(Message("interactive", """
            "interactive":{"type":"call_permission_reply","call_permission_reply":{"response":"accept","expiration_timestamp":1750000000,"response_source":"user_action","is_permanent":false}}
            """, """ ,"context":{"from":"15550783881","id":"wamid.ASK"} """));

        Assert.True(reply.IsAccepted);
        Assert.Equal("accept", reply.Response);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750000000), reply.ExpiresAt);
        Assert.Equal("user_action", reply.ResponseSource);
        Assert.False(reply.IsPermanent);
        Assert.Equal("wamid.ASK", reply.Context?.MessageId);
    }

    [Fact]
    public void Parse_FlowReply_ExposesTheResponseAsData()
    {
        var reply = Single<FlowReplyReceived>(Message("interactive",
            """ "interactive":{"type":"nfm_reply","nfm_reply":{"name":"flow","body":"Sent","response_json":"{\"flow_token\":\"tok-1\",\"seats\":3,\"extras\":[\"wifi\"]}"}} """));

        var data = Assert.NotNull(reply.ResponseData);
        Assert.Equal(3, data.GetProperty("seats").GetInt32());
        Assert.Equal("wifi", data.GetProperty("extras")[0].GetString());
        Assert.Equal("tok-1", reply.FlowToken);
    }

    [Fact]
    public void Parse_FlowReplyWithInvalidResponseJson_HasNoDataButKeepsTheText()
    {
        var reply = Single<FlowReplyReceived>(Message("interactive",
            """ "interactive":{"type":"nfm_reply","nfm_reply":{"name":"flow","response_json":"{not json"}} """));

        Assert.Null(reply.ResponseData);
        Assert.Equal("{not json", reply.ResponseJson);
    }

    [Fact]
    public void Parse_GroupMessage_CarriesGroupAndParentUserIds()
    {
        var text = Single<TextMessageReceived>(MessagesBody("""
            {"from":"16505551234","from_user_id":"US.1349","from_parent_user_id":"US.ENT.1181","group_id":"120363025246125486@g.us",
             "id":"wamid.GROUP","timestamp":"1749416383","type":"text","text":{"body":"hello group"}}
            """));

        Assert.Equal("120363025246125486@g.us", text.GroupId);
        Assert.Equal("US.ENT.1181", text.FromParentUserId);
        Assert.Equal("US.1349", text.FromUserId);
    }

    [Fact]
    public void Parse_ReferralWithWelcomeMessage_KeepsItsText()
    {
        var text = Single<TextMessageReceived>(Message("text", """ "text":{"body":"Hi"} """,
            """ ,"referral":{"source_url":"https://fb.me/x","source_type":"ad","ctwa_clid":"clid-9","welcome_message":{"text":"Welcome! How can we help?"}} """));

        Assert.Equal("Welcome! How can we help?", text.Referral?.WelcomeMessageText);
        Assert.Equal("clid-9", text.Referral?.ClickId);
    }

    [Fact]
    public void Parse_SystemUserIdChange_ReadsTheNewUserId()
    {
        var system = Single<SystemMessageReceived>(Message("system",
            """ "system":{"body":"User changed their user id","type":"user_changed_user_id","user_id":"US.NEW.77"} """));

        Assert.Equal("user_changed_user_id", system.SystemType);
        Assert.Equal("US.NEW.77", system.NewUserId);
    }

    [Fact]
    public void Parse_EveryMessage_KeepsItsOwnObjectAsRawJson()
    {
        const string first = """{"from":"1","id":"wamid.A","timestamp":"1","type":"text","text":{"body":"a"},"future_flag":{"x":[1,2]}}""";
        const string second = """{"from":"2","id":"wamid.B","timestamp":"2","type":"reaction","reaction":{"message_id":"wamid.A","emoji":"🔥"}}""";

        var events = Parse(Envelope("messages", $$"""{"messaging_product":"whatsapp","messages":[{{first}},{{second}}]}""")).Events;

        Assert.Equal(first, events[0].RawJson);
        Assert.Equal(second, events[1].RawJson);
        Assert.Equal([1, 2], JsonDocument.Parse(events[0].RawJson).RootElement.GetProperty("future_flag").GetProperty("x").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void Parse_MessageWithNestedValueOfAnotherType_ReadsItAsAbsentAndKeepsRawJson()
    {
        const string raw = """{"from":"16505551234","id":"wamid.ODD","timestamp":"1749416383","type":"order","order":{"catalog_id":"c","product_items":"not a list"}}""";

        var order = Single<OrderReceived>(MessagesBody(raw));

        Assert.Equal(("wamid.ODD", "16505551234", "c"), (order.Id, order.From, order.CatalogId));
        Assert.Empty(order.Items);
        Assert.Equal(raw, order.RawJson);
    }

    [Fact]
    public void Parse_OneItemWithValuesOfAnotherType_LeavesItsNeighboursWhole()
    {
        var events = Parse(Envelope("messages", """
            {"messages":[{"from":"1","id":"wamid.A","timestamp":"1","type":"image","image":[1,2]},
                         7,
                         {"from":"2","id":"wamid.B","timestamp":"2","type":"text","text":{"body":"fine"},"referral":"odd"}]}
            """)).Events;

        Assert.Equal(2, events.Count);
        var unknown = Assert.IsType<UnknownMessageReceived>(events[0]);
        Assert.Equal(("wamid.A", "image"), (unknown.Id, unknown.Type));
        Assert.Contains("[1,2]", unknown.RawJson, StringComparison.Ordinal);
        var text = Assert.IsType<TextMessageReceived>(events[1]);
        Assert.Equal("fine", text.Body);
        Assert.Null(text.Referral);
        Assert.StartsWith("""{"from":"2","id":"wamid.B" """.TrimEnd(), text.RawJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ContextOfAnotherType_ReadsTheMessageWithoutIt()
    {
        var text = Single<TextMessageReceived>(Message("text", """ "text":{"body":"still here"} """, """ ,"context":"not an object" """));

        Assert.Equal("still here", text.Body);
        Assert.Null(text.Context);
    }

    [Fact]
    public void Parse_MetadataOfAnotherType_KeepsTheMessages()
    {
        var text = Single<TextMessageReceived>(Envelope("messages",
            """{"metadata":[1,2],"messages":[{"from":"1","id":"wamid.M","timestamp":"1","type":"text","text":{"body":"m"}}]}"""));

        Assert.Null(text.Metadata);
        Assert.Equal("m", text.Body);
    }
}
