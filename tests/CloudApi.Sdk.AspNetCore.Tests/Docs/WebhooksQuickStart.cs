// What Microsoft.NET.Sdk.Web's implicit usings give a web project (this test project is not one):
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// docs: webhooks-quick-start
using CloudApi.Sdk;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Webhooks;
// docs: end

namespace CloudApi.Sdk.AspNetCore.Tests.Docs;

/// <summary>
/// The quick start of docs/webhooks.md, which <see cref="WebhooksQuickStartTests"/> compares with the document (the marked
/// regions, together, are the document's code block) and runs. Edit it here and copy it there, never the other way.
/// </summary>
internal static class WebhooksQuickStart
{
    public static void Run(string[] args)
    {
        // docs: webhooks-quick-start
        var builder = WebApplication.CreateBuilder(args);

        builder.Services.AddWhatsAppCloudApi(builder.Configuration.GetSection("WhatsApp")) // sends the replies
            .AddWebhooks()                                                                  // receives, with the same settings
            .OnMessage<TextMessageReceived>(async (message, context, cancellationToken) =>
            {
                var client = context.Services.GetRequiredService<IWhatsAppClient>();
                await client.Messages.SendTextAsync(message.From!, $"You said: {message.Body}", cancellationToken: cancellationToken);
            })
            .OnStatus((status, context, cancellationToken) =>
            {
                Console.WriteLine($"{status.MessageId} is {status.Status}");
                return Task.CompletedTask;
            });

        var app = builder.Build();
        app.MapWhatsAppWebhook("/webhook");
        app.Run();
        // docs: end
    }
}
