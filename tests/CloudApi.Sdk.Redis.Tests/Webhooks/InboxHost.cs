using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using CloudApi.Sdk.AspNetCore;
using CloudApi.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudApi.Sdk.Redis.Tests.Webhooks;

/// <summary>A real Kestrel app on loopback with the webhook endpoint at /webhook; records the messages its handlers completed.</summary>
internal sealed class InboxHost : IAsyncDisposable
{
    public const string AppSecret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private InboxHost(WebApplication app, HttpClient client, ConcurrentQueue<string> handled, ConcurrentQueue<(LogLevel, string)> logs)
    {
        App = app;
        Client = client;
        Handled = handled;
        Logs = logs;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    /// <summary>Ids of the messages every handler completed, in order.</summary>
    public ConcurrentQueue<string> Handled { get; }

    public ConcurrentQueue<(LogLevel Level, string Message)> Logs { get; }

    public static async Task<InboxHost> StartAsync(Action<IWhatsAppWebhookBuilder> configure, Func<InboundMessage, Task>? handler = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new ConcurrentQueue<(LogLevel, string)>();
        builder.Logging.ClearProviders().AddProvider(new QueueLoggerProvider(logs)).SetMinimumLevel(LogLevel.Information);
        builder.Services.Configure<WhatsAppOptions>(o => o.AppSecret = AppSecret);
        var handled = new ConcurrentQueue<string>();
        var webhooks = builder.Services.AddWhatsAppWebhooks();
        configure(webhooks);
        webhooks.OnMessage<InboundMessage>(async (message, _, _) =>
        {
            if (handler is not null)
            {
                await handler(message);
            }

            handled.Enqueue(message.Id);
        });

        var app = builder.Build();
        app.MapWhatsAppWebhook("/webhook");
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new InboxHost(app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) }, handled, logs);
    }

    public Task<HttpResponseMessage> PostSignedAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhook") { Content = content };
        request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", WebhookSignature.Compute(body, AppSecret));
        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
    }

    /// <summary>A notification with one text message per id, as Meta batches them.</summary>
    public static byte[] Texts(params string[] ids)
    {
        var messages = string.Join(",", ids.Select(id =>
            "{\"from\":\"16505551234\",\"id\":\"" + id + "\",\"timestamp\":\"1749416383\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}"));
        return Encoding.UTF8.GetBytes($$"""
            {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp",
              "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
              "messages":[{{messages}}]},"field":"messages"}]}]}
            """);
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<(LogLevel, string)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(logs);

        public void Dispose()
        {
        }

        private sealed class QueueLogger(ConcurrentQueue<(LogLevel, string)> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}

/// <summary>Bounded waits for what another task or process does; the timeout is generous, the poll short.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, int timeoutSeconds = 60)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        while (!await condition())
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"Not within {timeoutSeconds} s: {what}.");
            }
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what, int timeoutSeconds = 60) =>
        TrueAsync(() => Task.FromResult(condition()), what, timeoutSeconds);
}
