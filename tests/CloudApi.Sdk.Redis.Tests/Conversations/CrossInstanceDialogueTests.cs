using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Emulator;
using CloudApi.Sdk.Redis.Tests.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.Redis.Tests.Conversations;

/// <summary>
/// Two instances of one bot sharing a real redis-server: the user's answer reaches the instance that did not ask, and is
/// handed to the one waiting for it. Each instance has its own emulator posting to it (as a load balancer would split
/// Meta's posts); both send through the first.
/// </summary>
[Collection(RedisServerGroup.Name)]
public sealed class CrossInstanceDialogueTests(RedisServerFixture redis)
{
    private const string AppSecret = "cross-instance-app-secret";
    private const string User = "+16505551234";
    private readonly string _prefix = "conv:" + Guid.NewGuid().ToString("N");
    private readonly ConcurrentQueue<string> _fallback = new();

    [Fact]
    public async Task AskTextAsync_AnswerPostedToTheOtherInstance_ReachesTheWaitingHandler()
    {
        var ct = TestContext.Current.CancellationToken;
        var (urlA, urlB) = ($"http://127.0.0.1:{FreePort()}", $"http://127.0.0.1:{FreePort()}");
        await using var sending = await WhatsAppEmulator.StartAsync(new EmulatorOptions { AppSecret = AppSecret, WebhookCallbackUri = new Uri(urlA + "/webhook") }, ct);
        await using var toB = await WhatsAppEmulator.StartAsync(new EmulatorOptions { AppSecret = AppSecret, WebhookCallbackUri = new Uri(urlB + "/webhook") }, ct);
        await using var a = await StartInstanceAsync(urlA, sending, "a");
        await using var b = await StartInstanceAsync(urlB, sending, "b");

        await sending.SimulateInboundMessageAsync(User, "/start", cancellationToken: ct);      // reaches A, which asks
        Assert.Equal("What is your name?", TextOf((await SentAsync(sending, 1))[0]));
        await toB.SimulateInboundMessageAsync(User, "Ana", cancellationToken: ct);             // the answer reaches B

        Assert.Equal("Hello Ana, asked by a", TextOf((await SentAsync(sending, 2))[1]));
        await toB.SimulateInboundMessageAsync(User, "and now?", cancellationToken: ct);        // no wait any more: B routes it
        await Eventually.TrueAsync(() => !_fallback.IsEmpty, "the message after the dialogue routed");
        Assert.Equal(["b: and now?"], _fallback);                                               // the answer was not
    }

    private async Task<WebApplication> StartInstanceAsync(string url, WhatsAppEmulator sending, string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Services.AddWhatsAppCloudApi(o =>
            {
                o.AccessToken = sending.Options.AccessTokens[0];
                o.PhoneNumberId = sending.Options.PhoneNumbers[0].Id;
                o.BaseAddress = sending.BaseAddress;
                o.AppSecret = AppSecret;
            })
            .AddWebhooks(o => o.DispatchMode = WebhookDispatchMode.Queued)
            .UseRedisConversations(_ => redis.Connection, o => o.KeyPrefix = _prefix)
            .UseRedisDeduplication(_ => redis.Connection, o => o.KeyPrefix = _prefix + ":dedup")
            .OnText(t => t.Body == "/start", async (context, ct) =>
            {
                var answer = await context.AskTextAsync("What is your name?", MessageFilter.Text(), TimeSpan.FromMinutes(1), ct);
                await context.ReplyTextAsync($"Hello {answer.Body}, asked by {name}", cancellationToken: ct);
            })
            .Fallback((context, _) =>
            {
                _fallback.Enqueue($"{name}: {((CloudApi.Sdk.Webhooks.TextMessageReceived)context.Message).Body}");
                return Task.CompletedTask;
            });
        var app = builder.Build();
        app.MapWhatsAppWebhook("/webhook");
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static async Task<IReadOnlyList<EmulatedMessage>> SentAsync(WhatsAppEmulator emulator, int count)
    {
        await Eventually.TrueAsync(() => emulator.Messages.Count >= count, $"{count} messages sent", 30);
        return emulator.Messages;
    }

    private static string TextOf(EmulatedMessage message) =>
        JsonDocument.Parse(message.Body).RootElement.GetProperty("text").GetProperty("body").GetString()!;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
