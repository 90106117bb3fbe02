using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.Emulator.Browser.Tests.Infrastructure;

/// <summary>
/// A real app on Kestrel (loopback) that talks to a real emulator: the SDK sends through the emulator, and the
/// AspNetCore package receives the emulator's signed webhooks at /webhook. It answers every text with "Echo: {text}".
/// The emulator runs on a port chosen first, so the app can be configured before either starts.
/// </summary>
public sealed class ChatApp : IAsyncDisposable
{
    public const string AppSecret = "browser-tests-app-secret";

    private readonly ConcurrentQueue<WebhookEvent> _events = new();
    private readonly SemaphoreSlim _received = new(0);

    private ChatApp(WebApplication app) => App = app;

    public WebApplication App { get; }

    public WhatsAppEmulator Emulator { get; private set; } = null!;

    public IWhatsAppClient Client => App.Services.GetRequiredService<IWhatsAppClient>();

    public string PhoneNumberId => Emulator.Options.PhoneNumbers[0].Id;

    public static async Task<ChatApp> StartAsync(Action<EmulatorOptions>? configureEmulator = null)
    {
        var emulatorPort = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddWhatsAppCloudApi(o =>
        {
            o.AccessToken = "emulator-token";
            o.PhoneNumberId = "100000000000001";
            o.BaseAddress = new Uri($"http://127.0.0.1:{emulatorPort}/");
            o.AppSecret = AppSecret;
            o.VerifyToken = "browser-tests-verify";
        })
            .AddWebhooks()
            .On<WebhookEvent>((e, context, ct) => context.Services.GetRequiredService<ChatApp>().RecordAsync(e))
            .On<TextMessageReceived>(async (text, context, ct) =>
            {
                var client = context.Services.GetRequiredService<IWhatsAppClient>();
                await client.Messages.SendTextAsync(text.From!, "Echo: " + text.Body, cancellationToken: ct);
            });

        ChatApp? self = null;
        builder.Services.AddSingleton(_ => self!);
        var app = builder.Build();
        self = new ChatApp(app);
        app.MapWhatsAppWebhook("/webhook");
        await app.StartAsync(TestContext.Current.CancellationToken);

        var options = new EmulatorOptions
        {
            Port = emulatorPort,
            AppSecret = AppSecret,
            WebhookCallbackUri = new Uri(new Uri(app.Urls.First()), "/webhook"),
        };
        configureEmulator?.Invoke(options);
        self.Emulator = await WhatsAppEmulator.StartAsync(options, TestContext.Current.CancellationToken);
        return self;
    }

    /// <summary>Waits (without sleeping) until the app's handlers saw an event of type <typeparamref name="T"/> matching <paramref name="match"/>.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool>? match = null)
        where T : WebhookEvent
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (_events.OfType<T>().FirstOrDefault(e => match?.Invoke(e) ?? true) is { } found)
            {
                return found;
            }

            await _received.WaitAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        _received.Dispose();
    }

    private Task RecordAsync(WebhookEvent webhookEvent)
    {
        _events.Enqueue(webhookEvent);
        _received.Release();
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
