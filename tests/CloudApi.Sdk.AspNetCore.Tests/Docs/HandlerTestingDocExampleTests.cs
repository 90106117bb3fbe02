using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.AspNetCore.Tests.Docs;

/// <summary>The "Testing your handlers" example of docs/webhooks.md, compiled and run.</summary>
public sealed class HandlerTestingDocExampleTests
{
    [Fact]
    public async Task HandleAsync_FakedTextMessage_ReachesTheHandler()
    {
        var handler = new EchoHandler();
        using var services = new ServiceCollection().BuildServiceProvider();
        var cancellationToken = TestContext.Current.CancellationToken;

        // docs: testing handlers
        var message = WhatsAppModelFactory.TextMessageReceived(
            id: "wamid.1", from: "16505551234", body: "hi", metadata: WhatsAppModelFactory.WebhookMetadata("15550783881", "1065"));
        var notification = WhatsAppModelFactory.WebhookNotification(events: [message]);
        await handler.HandleAsync(message, new WebhookContext(notification, services, TimeProvider.System.GetUtcNow()), cancellationToken);
        // docs: end

        Assert.Equal(["1065 <- 16505551234: hi"], handler.Seen);
        Assert.Same(message, Assert.Single(notification.Events));
    }

    private sealed class EchoHandler : IWhatsAppWebhookHandler
    {
        public List<string> Seen { get; } = [];

        public Task HandleAsync(WebhookEvent webhookEvent, WebhookContext context, CancellationToken cancellationToken)
        {
            if (webhookEvent is TextMessageReceived text)
            {
                Seen.Add($"{text.PhoneNumberId} <- {text.From}: {text.Body}");
            }

            return Task.CompletedTask;
        }
    }
}
