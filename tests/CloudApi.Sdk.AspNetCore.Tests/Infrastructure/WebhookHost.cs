using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>A real Kestrel app on 127.0.0.1 (random port) with the webhook endpoint at /webhook.</summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    public const string AppSecret = "5f2b9c0e7d1a4b3c8e6f0a2d4c6e8b1a";
    public const string VerifyToken = "verify-token-42";

    private WebhookHost(WebApplication app, HttpClient client, EventRecorder recorder, CapturingLoggerProvider logs)
    {
        App = app;
        Client = client;
        Recorder = recorder;
        Logs = logs;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public EventRecorder Recorder { get; }

    public CapturingLoggerProvider Logs { get; }

    public static async Task<WebhookHost> StartAsync(
        Action<WhatsAppWebhookOptions>? configureOptions = null,
        Action<IWhatsAppWebhookBuilder>? configureWebhooks = null,
        Action<IServiceCollection>? configureServices = null,
        bool configureSecrets = true,
        string appSecret = AppSecret,
        Action<WebApplication>? configureApp = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        if (configureSecrets)
        {
            builder.Services.Configure<WhatsAppOptions>(o =>
            {
                o.AppSecret = appSecret;
                o.VerifyToken = VerifyToken;
            });
        }

        var recorder = new EventRecorder();
        var webhooks = builder.Services.AddWhatsAppWebhooks(o => configureOptions?.Invoke(o));
        configureWebhooks?.Invoke(webhooks);
        webhooks.On<CloudApi.Sdk.Webhooks.WebhookEvent>(recorder.HandleAsync);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        configureApp?.Invoke(app);
        app.MapWhatsAppWebhook("/webhook");
        await app.StartAsync(TestContext.Current.CancellationToken);
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new WebhookHost(app, client, recorder, logs);
    }

    public Task<HttpResponseMessage> PostAsync(byte[] body, string? signature)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhook") { Content = content };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", signature);
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> PostSignedAsync(string json) =>
        PostAsync(Payloads.Bytes(json), Payloads.Sign(Payloads.Bytes(json), AppSecret));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
    }
}
