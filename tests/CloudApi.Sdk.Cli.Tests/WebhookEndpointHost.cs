using System.Threading.Channels;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.Cli.Tests;

/// <summary>A real Kestrel app on loopback with the SDK's webhook endpoint at /webhook, verifying signatures with <see cref="AppSecret"/>.</summary>
public sealed class WebhookEndpointHost : IAsyncLifetime
{
    public const string AppSecret = "5f2b9c0e7d1a4b3c8e6f0a2d4c6e8b1a";

    private readonly Channel<WebhookEvent> _events = Channel.CreateUnbounded<WebhookEvent>();
    private WebApplication _app = null!;

    public Uri Url { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<WhatsAppOptions>(o => o.AppSecret = AppSecret);
        builder.Services.AddWhatsAppWebhooks().On<WebhookEvent>((e, _, cancellationToken) => _events.Writer.WriteAsync(e, cancellationToken).AsTask());
        _app = builder.Build();
        _app.MapWhatsAppWebhook("/webhook");
        await _app.StartAsync(TestContext.Current.CancellationToken);
        Url = new Uri(new Uri(_app.Urls.First()), "/webhook");
    }

    /// <summary>The next event the handler received.</summary>
    public async Task<WebhookEvent> NextEventAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        return await _events.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Whether an event is waiting (none should, after a refused post).</summary>
    public bool HasEvent => _events.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
