using System.Text;
using System.Text.Json;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

public sealed class RawMessageTests
{
    [Fact]
    public Task SendAsync_RawFromString_PostsTypeAndContentNextToTheEnvelope() =>
        SentMessage.AssertBodyAsync(new RawMessage("text", """{"body":"Hi","preview_url":false}"""), "text",
            """{"text":{"body":"Hi","preview_url":false}}""");

    [Fact]
    public async Task SendAsync_RawOfATypeTheSdkDoesNotModel_PostsItWithContextAndCallbackData()
    {
        using var document = JsonDocument.Parse("""{"future_field":{"nested":[1,2.5,"x",null,true]}}""");
        var message = new RawMessage("future_type", document.RootElement);

        var body = await SentMessage.SendAsync(message, new SendMessageOptions { ReplyToMessageId = "wamid.ORIG", BizOpaqueCallbackData = "order-42" });

        JsonAssert.Equal(SentMessage.Body("future_type",
            """{"context":{"message_id":"wamid.ORIG"},"biz_opaque_callback_data":"order-42","future_type":{"future_field":{"nested":[1,2.5,"x",null,true]}}}"""),
            body);
    }

    [Fact]
    public async Task SendAsync_RawFromUtf8Bytes_PostsTheSameAsATypedMessage()
    {
        var raw = new RawMessage("interactive", Encoding.UTF8.GetBytes(
            """{"type":"location_request_message","body":{"text":"Where?"},"action":{"name":"send_location"}}"""));

        JsonAssert.Equal((await SentMessage.SendAsync(new LocationRequestMessage("Where?"))).ToJsonString(), await SentMessage.SendAsync(raw));
    }

    [Fact]
    public void RawMessage_SourceDocumentDisposed_KeepsItsCopy()
    {
        RawMessage message;
        using (var document = JsonDocument.Parse("""{"body":"kept"}"""))
        {
            message = new RawMessage("text", document.RootElement);
        }

        Assert.Equal("kept", message.Content.GetProperty("body").GetString());
        Assert.Equal("text", message.Type);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Text")]
    [InlineData("new-type")]
    [InlineData("type2")]
    [InlineData(" text")]
    public async Task RawMessage_TypeNotLowerSnakeCase_RefusedAndNothingSent(string type)
    {
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendAsync(SentMessage.To, new RawMessage(type, """{"body":"x"}"""), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("type", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void RawMessage_ContentNotAnObject_Refused(string json)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new RawMessage("text", json));

        Assert.Equal("text", error.Field);
        Assert.Contains("must be a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"body\":}")]
    [InlineData("")]
    public void RawMessage_ContentNotJson_Refused(string json)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new RawMessage("text", json));

        Assert.Equal("text", error.Field);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RawReactionAsReply_RefusedAsTypedReactionsAre()
    {
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendAsync(SentMessage.To, new RawMessage("reaction", """{"message_id":"wamid.X","emoji":"x"}"""),
                new SendMessageOptions { ReplyToMessageId = "wamid.Y" }, TestContext.Current.CancellationToken));

        Assert.Equal("context.message_id", error.Field);
        Assert.Empty(graph.Requests);
    }
}
