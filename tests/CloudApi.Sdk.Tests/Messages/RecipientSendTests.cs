using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

/// <summary>Each kind of recipient on the wire, and what Meta answers for it.</summary>
public sealed class RecipientSendTests
{
    private const string UserId = "US.13491208655302741918";
    private const string GroupId = "Y2FwaV9ncm91cDoxODA1NTU1MDE3MjoxMjAzNjMyMjI3NzE5NjMwNjcZD";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendTextAsync_Bsuid_WritesRecipientWithoutTo_ReadsUserIdFromTheAnswer()
    {
        using var graph = new GraphServer().Answer(200,
            """{"messaging_product":"whatsapp","contacts":[{"input":"US.13491208655302741918","user_id":"US.13491208655302741918"}],"messages":[{"id":"wamid.B1"}]}""");

        var result = await graph.Messages.SendTextAsync(UserId, "hi", cancellationToken: Ct);

        JsonAssert.Equal(
            """{"messaging_product":"whatsapp","recipient_type":"individual","recipient":"US.13491208655302741918","type":"text","text":{"body":"hi"}}""",
            graph.SingleRequestJson());
        Assert.Equal(("wamid.B1", UserId, UserId), (result.MessageId, result.UserId, result.Input));
        Assert.Null(result.WaId);
        Assert.Null(result.GroupId);
    }

    [Fact]
    public async Task SendAsync_ParentBsuid_WritesRecipient()
    {
        using var graph = new GraphServer().Answer(200,
            """{"messaging_product":"whatsapp","contacts":[{"input":"US.ENT.11815799212886844830","user_id":"US.ENT.11815799212886844830"}],"messages":[{"id":"wamid.P1"}]}""");

        var result = await graph.Messages.SendAsync(WhatsAppRecipient.ParentUserId("US.ENT.11815799212886844830"), new TextMessage("hi"), cancellationToken: Ct);

        Assert.Equal("US.ENT.11815799212886844830", graph.SingleRequestJson()["recipient"]!.GetValue<string>());
        Assert.Null(graph.SingleRequestJson()["to"]);
        Assert.Equal("US.ENT.11815799212886844830", result.UserId);
    }

    [Fact]
    public async Task SendAsync_Group_WritesRecipientTypeGroupAndTo_ReadsGroupId()
    {
        using var graph = new GraphServer().Answer(200,
            $$"""{"messaging_product":"whatsapp","contacts":[{"input":"{{GroupId}}","group_id":"{{GroupId}}"}],"messages":[{"id":"wamid.G1","message_status":"accepted"}]}""");

        var result = await graph.Messages.SendAsync(WhatsAppRecipient.Group(GroupId), new TextMessage("hello all"),
            new SendMessageOptions { ReplyToMessageId = "wamid.ORIG" }, Ct);

        JsonAssert.Equal(
            $$$"""{"messaging_product":"whatsapp","recipient_type":"group","to":"{{{GroupId}}}","type":"text","context":{"message_id":"wamid.ORIG"},"text":{"body":"hello all"}}""",
            graph.SingleRequestJson());
        Assert.Equal((GroupId, GroupId, MessageStatus.Accepted), (result.GroupId, result.Input, result.MessageStatus));
        Assert.Null(result.WaId);
        Assert.Null(result.UserId);
    }

    [Fact]
    public async Task SendAsync_InteractiveToAGroup_RefusedBeforeSending()
    {
        using var graph = new GraphServer().AcceptMessages();
        var buttons = new InteractiveButtonsMessage("Pick one", [new ReplyButton("a", "A")]);

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendAsync(WhatsAppRecipient.Group(GroupId), buttons, cancellationToken: Ct));

        Assert.Equal("type", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task SendAsync_DefaultRecipient_RefusedBeforeSending()
    {
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendAsync(default, new TextMessage("hi"), cancellationToken: Ct));

        Assert.Equal("to", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("US.1349 1208")]
    [InlineData("us.13491208655302741918")]
    public async Task SendTextAsync_MalformedBsuid_RefusedBeforeSending(string userId)
    {
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Messages.SendTextAsync(userId, "hi", cancellationToken: Ct));

        Assert.Equal("recipient", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task SendBulkAsync_MixedRecipients_EachWrittenItsWay()
    {
        using var graph = new GraphServer().AcceptMessages();
        BulkMessage[] batch =
        [
            new("+16505551234", new TextMessage("a")),
            new(UserId, new TextMessage("b")),
            new(WhatsAppRecipient.Group(GroupId), new TextMessage("c")),
        ];

        var result = await graph.Messages.SendBulkAsync(batch, new BulkSendOptions { MaxConcurrency = 1 }, Ct);

        Assert.Equal(3, result.Accepted);
        var bodies = graph.Requests.Select(r => System.Text.Json.Nodes.JsonNode.Parse(r.RequestMessage!.Body!)!).OrderBy(b => b["text"]!["body"]!.GetValue<string>()).ToList();
        Assert.Equal(("individual", "+16505551234"), (bodies[0]["recipient_type"]!.GetValue<string>(), bodies[0]["to"]!.GetValue<string>()));
        Assert.Equal(("individual", UserId), (bodies[1]["recipient_type"]!.GetValue<string>(), bodies[1]["recipient"]!.GetValue<string>()));
        Assert.Equal(("group", GroupId), (bodies[2]["recipient_type"]!.GetValue<string>(), bodies[2]["to"]!.GetValue<string>()));
    }
}
