using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

public sealed class TextMessageTests
{
    [Fact]
    public async Task SendTextAsync_PostsMetaShapeWithTokenAndVersion_ReturnsAcceptedIds()
    {
        using var graph = new GraphServer().AcceptMessages();

        var result = await graph.Messages.SendAsync("+16505551234", new TextMessage("Hi https://x.com") { PreviewUrl = true },
            new SendMessageOptions { ReplyToMessageId = "wamid.ORIG", BizOpaqueCallbackData = "order-42" },
            TestContext.Current.CancellationToken);

        Assert.Equal("wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA", result.MessageId);
        Assert.Equal("16505551234", result.WaId);
        Assert.Equal("+16505551234", result.Input);
        Assert.Equal(MessageStatus.Accepted, result.MessageStatus);

        var request = graph.SingleRequest();
        Assert.Equal($"/v26.0/{GraphServer.PhoneNumberId}/messages", request.Path);
        Assert.Equal($"Bearer {GraphServer.Token}", request.Headers!["Authorization"].Single());
        Assert.StartsWith("application/json", request.Headers["Content-Type"].Single(), StringComparison.Ordinal);
        JsonAssert.Equal(
            """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"text",
             "context":{"message_id":"wamid.ORIG"},"biz_opaque_callback_data":"order-42",
             "text":{"body":"Hi https://x.com","preview_url":true}}
            """,
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task SendTextAsync_NonLatinTextAndPlus_GoOutAsUtf8NotEscapes()
    {
        using var graph = new GraphServer().AcceptMessages();
        const string text = "नमस्ते مرحبا Olá <b>&\"quoted\"";

        await graph.Messages.SendTextAsync("+16505551234", text, cancellationToken: TestContext.Current.CancellationToken);

        // A body for an API, never for HTML: only what JSON requires is escaped (the quotes), the rest is UTF-8 as written.
        // (Characters beyond the Basic Multilingual Plane, emoji, are still escaped by every System.Text.Json encoder.)
        var body = graph.SingleRequest().Body!;
        Assert.Contains("\"to\":\"+16505551234\"", body, StringComparison.Ordinal);
        Assert.Contains("नमस्ते مرحبا Olá <b>&\\\"quoted\\\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", body, StringComparison.Ordinal);
        Assert.Equal(text, graph.SingleRequestJson()["text"]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendTextAsync_BodyOf4096Chars_IsSent()
    {
        using var graph = new GraphServer().AcceptMessages();

        await graph.Messages.SendTextAsync("+16505551234", new string('a', 4096), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task SendTextAsync_BodyOf4097Chars_RefusedBeforeSending()
    {
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendTextAsync("+16505551234", new string('a', 4097), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("text.body", error.Field);
        Assert.Equal(4096, error.Limit);
        Assert.Contains("4096", error.Message, StringComparison.Ordinal);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void TextMessage_EmptyBody_Refused(string body)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new TextMessage(body));
        Assert.Equal("text.body", error.Field);
    }

    [Theory]
    [InlineData("16505551234")]
    [InlineData("+1 (650) 555-1234")]
    [InlineData("+44 20 7946 0958")]
    public async Task SendAsync_WellFormedPhoneNumbers_AreSentAsWritten(string to)
    {
        using var graph = new GraphServer().AcceptMessages();

        await graph.Messages.SendTextAsync(to, "hi", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(to, graph.SingleRequestJson()["to"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("+1650555abcd")]
    [InlineData("123456")]
    [InlineData("+1234567890123456")]
    [InlineData("1+6505551234")]
    public async Task SendAsync_MalformedPhoneNumber_RefusedBeforeSending(string to)
    {
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendTextAsync(to, "hi", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("to", error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task SendAsync_BizOpaqueCallbackDataOver512_RefusedBeforeSending()
    {
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendTextAsync("+16505551234", "hi", new SendMessageOptions { BizOpaqueCallbackData = new string('x', 513) },
                TestContext.Current.CancellationToken));

        Assert.Equal("biz_opaque_callback_data", error.Field);
        Assert.Equal(512, error.Limit);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task SendAsync_PhoneNumberIdOverride_PostsToThatNumber()
    {
        using var graph = new GraphServer();
        graph.Answer(200, GraphServer.SendAnswer);

        await graph.Messages.SendTextAsync("+16505551234", "hi", new SendMessageOptions { PhoneNumberId = "999000111" },
            TestContext.Current.CancellationToken);

        Assert.Equal("/v26.0/999000111/messages", graph.SingleRequest().Path);
    }

    [Fact]
    public async Task MarkAsReadAsync_WithTypingIndicator_PostsReadReceipt()
    {
        using var graph = new GraphServer();
        graph.Answer(200, """{"success":true}""");

        await graph.Messages.MarkAsReadAsync("wamid.IN", new MarkAsReadOptions { ShowTypingIndicator = true }, TestContext.Current.CancellationToken);

        JsonAssert.Equal(
            """{"messaging_product":"whatsapp","status":"read","message_id":"wamid.IN","typing_indicator":{"type":"text"}}""",
            graph.SingleRequestJson());
    }
}
