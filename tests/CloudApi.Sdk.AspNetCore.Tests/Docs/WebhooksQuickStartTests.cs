using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CloudApi.Sdk.Emulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CloudApi.Sdk.AspNetCore.Tests.Docs;

/// <summary>docs/webhooks.md's quick start is <see cref="WebhooksQuickStart"/>, verbatim, and it works: it answers a text.</summary>
public sealed class WebhooksQuickStartTests
{
    private const string Snippet = "webhooks-quick-start";
    private const string AppSecret = "quick-start-app-secret";

    [Fact]
    public void QuickStart_Document_ShowsTheCompiledSnippet()
    {
        var document = File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot(), "docs", "webhooks.md"));
        var quickStart = document[document.IndexOf("## Quick start", StringComparison.Ordinal)..];

        var source = File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot(), "tests", "CloudApi.Sdk.AspNetCore.Tests", "Docs", "WebhooksQuickStart.cs"));

        Assert.Equal(DocSnippets.MarkedRegions(source, Snippet), DocSnippets.FirstCodeBlock(quickStart));
    }

    [Fact]
    public async Task QuickStart_SignedTextArrives_RepliesThroughTheClient()
    {
        var ct = TestContext.Current.CancellationToken;
        var emulatorOptions = new EmulatorOptions { AppSecret = AppSecret };
        await using var emulator = await WhatsAppEmulator.StartAsync(emulatorOptions, ct);
        var phoneNumberId = emulator.Options.PhoneNumbers[0].Id;
        var url = $"http://127.0.0.1:{FreePort()}";
        string[] args =
        [
            $"--urls={url}",
            $"--WhatsApp:AccessToken={emulator.Options.AccessTokens[0]}",
            $"--WhatsApp:PhoneNumberId={phoneNumberId}",
            $"--WhatsApp:BaseAddress={emulator.BaseAddress}",
            $"--WhatsApp:AppSecret={AppSecret}",
            "--WhatsApp:VerifyToken=quick-start-verify",
        ];

        using var capture = new HostCapture(url);
        var run = Task.Factory.StartNew(() => WebhooksQuickStart.Run(args), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var host = await capture.Started.WaitAsync(TimeSpan.FromSeconds(60), ct);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            var body = Payloads.Bytes(Payloads.Text("wamid.quick-start-1", "hello", from: "16505551234"));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/webhook") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.Add("X-Hub-Signature-256", Payloads.Sign(body, AppSecret));

            using var answer = await http.SendAsync(request, ct);

            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var reply = Assert.Single(emulator.Messages); // inline dispatch: the handler has sent before the 200
            Assert.Equal("16505551234", reply.To.TrimStart('+'));
            Assert.Contains("You said: hello", reply.Body, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync(ct);
            await run;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }


    /// <summary>
    /// Gets the host the snippet builds (hosting reports each built host on a <see cref="DiagnosticListener"/>, as
    /// WebApplicationFactory finds a top-level program's), told apart from other tests' hosts by its URL, once it has started.
    /// </summary>
    private sealed class HostCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _url;
        private readonly IDisposable _subscription;
        private readonly List<IDisposable> _listeners = [];
        private readonly TaskCompletionSource<IHost> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HostCapture(string url)
        {
            _url = url;
            _subscription = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public Task<IHost> Started => _started.Task;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.Extensions.Hosting")
            {
                lock (_listeners)
                {
                    _listeners.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "HostBuilt" && value.Value is IHost host && host.Services.GetRequiredService<IConfiguration>()["urls"] == _url)
            {
                host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => _started.TrySetResult(host));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _subscription.Dispose();
            lock (_listeners)
            {
                _listeners.ForEach(listener => listener.Dispose());
            }
        }
    }
}
