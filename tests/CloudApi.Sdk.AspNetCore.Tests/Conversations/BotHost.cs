using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CloudApi.Sdk.Emulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.AspNetCore.Tests.Conversations;

/// <summary>
/// A bot as an app runs it: a client on the emulator and the webhook endpoint on Kestrel (loopback), the emulator posting
/// the users' messages to it, signed.
/// </summary>
internal sealed class BotHost : IAsyncDisposable
{
    public const string AppSecret = "bot-host-app-secret";

    private BotHost(WebApplication app, WhatsAppEmulator emulator)
    {
        App = app;
        Emulator = emulator;
    }

    public WebApplication App { get; }

    public WhatsAppEmulator Emulator { get; }

    public string PhoneNumberId => Emulator.Options.PhoneNumbers[0].Id;

    public static async Task<BotHost> StartAsync(Action<IWhatsAppWebhookBuilder> configure, Action<WhatsAppWebhookOptions>? options = null, Action<IServiceCollection>? services = null)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var emulator = await WhatsAppEmulator.StartAsync(new EmulatorOptions { AppSecret = AppSecret, WebhookCallbackUri = new Uri(url + "/webhook") }, TestContext.Current.CancellationToken);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var webhooks = builder.Services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = emulator.Options.AccessTokens[0];
            o.PhoneNumberId = emulator.Options.PhoneNumbers[0].Id;
            o.BaseAddress = emulator.BaseAddress;
            o.AppSecret = AppSecret;
        }).AddWebhooks(o => options?.Invoke(o));
        configure(webhooks);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapWhatsAppWebhook("/webhook");
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new BotHost(app, emulator);
    }

    /// <summary>The user writes a text to the bot; returns the inbound message id.</summary>
    public Task<string> UserSaysAsync(string user, string text) =>
        Emulator.SimulateInboundMessageAsync(user, text, cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>The user taps a reply button of an earlier interactive message.</summary>
    public async Task UserTapsAsync(string user, string replyId, string title)
    {
        using var http = new HttpClient { BaseAddress = Emulator.BaseAddress };
        var body = "{\"from\":\"" + user + "\",\"message\":{\"type\":\"interactive\",\"interactive\":{\"type\":\"button_reply\",\"button_reply\":{\"id\":\"" + replyId + "\",\"title\":\"" + title + "\"}}}}";
        using var response = await http.PostAsync("_emulator/inbound", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits until the bot has sent <paramref name="count"/> messages; returns them, oldest first.</summary>
    public async Task<IReadOnlyList<EmulatedMessage>> SentAsync(int count)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (Emulator.Messages.Count < count)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"The bot sent {Emulator.Messages.Count} messages, not {count}, within 30 s.");
            }
        }

        return Emulator.Messages;
    }

    public static string TextOf(EmulatedMessage message) =>
        JsonDocument.Parse(message.Body).RootElement.GetProperty("text").GetProperty("body").GetString()!;

    public static string? QuotedIdOf(EmulatedMessage message) =>
        JsonDocument.Parse(message.Body).RootElement.TryGetProperty("context", out var context) ? context.GetProperty("message_id").GetString() : null;

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
