using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;
using static CloudApi.Sdk.Tests.Templates.GraphRoutes;

namespace CloudApi.Sdk.Tests.MarketingMessages;

public sealed class MarketingMessagesRecipientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_Bsuid_WritesRecipient_ReadsUserId()
    {
        using var graph = new GraphServer().On("POST", $"{GraphServer.PhoneNumberId}/marketing_messages",
            """{"messaging_product":"whatsapp","contacts":[{"input":"US.13491208655302741918","user_id":"US.13491208655302741918"}],"messages":[{"id":"wamid.MM2","message_status":"accepted"}]}""");

        var result = await graph.Client.MarketingMessages.SendAsync("US.13491208655302741918", new TemplateMessage("hello_world", "en"), cancellationToken: Ct);

        Assert.Equal("US.13491208655302741918", result.UserId);
        JsonAssert.Equal(
            """{"messaging_product":"whatsapp","recipient_type":"individual","recipient":"US.13491208655302741918","type":"template","template":{"name":"hello_world","language":{"code":"en"}}}""",
            graph.SingleRequestJson());
    }

    [Fact]
    public async Task SendAsync_Group_RefusedBeforeSending()
    {
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Client.MarketingMessages.SendAsync(WhatsAppRecipient.Group("G1"), new TemplateMessage("hello_world", "en"), cancellationToken: Ct));

        Assert.Equal("to", error.Field);
        Assert.Empty(graph.Requests);
    }
}
